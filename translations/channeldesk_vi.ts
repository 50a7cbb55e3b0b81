<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ChannelDesk::AllocationDialog</name>
    <message>
        <source>Authorised: requests may draw on it</source>
        <translation>Được phép sử dụng: các đề nghị có thể dùng khoản phân bổ này</translation>
    </message>
    <message>
        <source>New Allocation</source>
        <translation>Khoản phân bổ mới</translation>
    </message>
    <message>
        <source>Budget %1 (%2 – %3), %4</source>
        <translation>Ngân sách %1 (%2 – %3), %4</translation>
    </message>
    <message>
        <source>Type part of the partner&apos;s name, then pick it</source>
        <translation>Nhập một phần tên đối tác rồi chọn trong danh sách</translation>
    </message>
    <message>
        <source>The partner this money is set aside for</source>
        <translation>Đối tác được dành khoản tiền này</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Nửa năm</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>MDF-03: one allocation per partner and period, so only periods this partner has no allocation for in this budget are offered</source>
        <translation>MDF-03: mỗi đối tác chỉ có một khoản phân bổ cho mỗi kỳ, nên chỉ hiển thị các kỳ mà đối tác này chưa có khoản phân bổ trong ngân sách này</translation>
    </message>
    <message>
        <source>Every allocation is in its budget&apos;s currency</source>
        <translation>Mọi khoản phân bổ đều tính bằng đơn vị tiền tệ của ngân sách</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>Đối &amp;tác:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Số tiền:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>The budget&apos;s allocations could not be read: %1</source>
        <translation>Không thể đọc các khoản phân bổ của ngân sách: %1</translation>
    </message>
    <message>
        <source>Edit Allocation</source>
        <translation>Sửa khoản phân bổ</translation>
    </message>
    <message>
        <source>An allocation stays with its partner; create another one for a different partner</source>
        <translation>Khoản phân bổ luôn gắn với đối tác của nó; hãy tạo khoản phân bổ khác cho đối tác khác</translation>
    </message>
    <message>
        <source>Pick the partner first</source>
        <translation>Hãy chọn đối tác trước</translation>
    </message>
    <message>
        <source>%1 · %2 – %3</source>
        <extracomment>Allocation period in the picker: label · first day – last day</extracomment>
        <translation>%1 · %2 – %3</translation>
    </message>
    <message>
        <source>No %1 lies wholly within the budget&apos;s dates</source>
        <translation>Không có %1 nào nằm trọn trong thời gian của ngân sách</translation>
    </message>
    <message>
        <source>This partner has every %1 of the budget already</source>
        <translation>Đối tác này đã có khoản phân bổ cho mọi %1 của ngân sách</translation>
    </message>
    <message>
        <source>Left to allocate: %1 of %2 · this is %3 more than the budget has left (MDF-01)</source>
        <translation>Còn có thể phân bổ: %1 trên %2 · khoản này vượt %3 so với phần còn lại của ngân sách (MDF-01)</translation>
    </message>
    <message>
        <source>Left to allocate: %1 of %2 · after this allocation: %3</source>
        <translation>Còn có thể phân bổ: %1 trên %2 · sau khoản phân bổ này: %3</translation>
    </message>
    <message>
        <source>Left to allocate: %1 of %2</source>
        <translation>Còn có thể phân bổ: %1 trên %2</translation>
    </message>
    <message>
        <source>Pick the partner this money is for: type part of the name, then choose it from the list.</source>
        <translation>Hãy chọn đối tác nhận khoản tiền này: nhập một phần tên rồi chọn trong danh sách.</translation>
    </message>
    <message>
        <source>There is no period left to allocate for this partner; pick another granularity or partner.</source>
        <translation>Không còn kỳ nào để phân bổ cho đối tác này; hãy chọn loại kỳ khác hoặc đối tác khác.</translation>
    </message>
    <message>
        <source>Enter the amount in %1.</source>
        <translation>Hãy nhập số tiền bằng %1.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::AttachmentList</name>
    <message>
        <source>&amp;Attach files…</source>
        <translation>Đính &amp;kèm tệp…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <source>What the files you attach next are</source>
        <translation>Loại của các tệp bạn sẽ đính kèm tiếp theo</translation>
    </message>
    <message>
        <source>Edit → Undo brings it back.</source>
        <translation>Sửa → Hoàn tác sẽ khôi phục lại.</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>Save the claim first, then attach its receipts.</source>
        <translation>Hãy lưu yêu cầu thanh toán trước, sau đó đính kèm hóa đơn/chứng từ.</translation>
    </message>
    <message>
        <source>Drop receipts, photos or PDFs here, or use Attach files (up to 25 MiB each).</source>
        <translation>Thả hóa đơn/chứng từ, ảnh hoặc tệp PDF vào đây, hoặc dùng Đính kèm tệp (tối đa 25 MiB mỗi tệp).</translation>
    </message>
    <message>
        <source>Attachments can be added or removed while the claim is a draft or returned.</source>
        <translation>Chỉ có thể thêm hoặc xóa tệp đính kèm khi yêu cầu thanh toán là bản nháp hoặc bị trả lại.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>Đã đính kèm %n tệp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>Receipts and proof (*.pdf *.png *.jpg *.jpeg *.heic *.tif *.tiff *.txt *.csv *.xlsx *.docx);;All files (*)</source>
        <translation>Hóa đơn/chứng từ và bằng chứng (*.pdf *.png *.jpg *.jpeg *.heic *.tif *.tiff *.txt *.csv *.xlsx *.docx);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>No temporary folder to open “%1” from: %2</source>
        <translation>Không có thư mục tạm để mở “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” could not be written to open it: %2</source>
        <translation>Không thể ghi “%1” ra để mở: %2</translation>
    </message>
    <message>
        <source>No application could open “%1”.</source>
        <translation>Không có ứng dụng nào mở được “%1”.</translation>
    </message>
    <message>
        <source>Attachment removed; Edit → Undo brings it back.</source>
        <translation>Đã xóa tệp đính kèm; Sửa → Hoàn tác sẽ khôi phục lại.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::BudgetDialog</name>
    <message>
        <source>Approvals may overdraw an allocation (negative balance)</source>
        <translation>Cho phép phê duyệt vượt khoản phân bổ (số dư âm)</translation>
    </message>
    <message>
        <source>New MDF Budget</source>
        <translation>Ngân sách MDF mới</translation>
    </message>
    <message>
        <source>e.g. FY27 EMEA co-marketing</source>
        <translation>vd. Đồng tiếp thị EMEA FY27</translation>
    </message>
    <message>
        <source>e.g. Partner Marketing FY27</source>
        <translation>vd. Tiếp thị đối tác FY27</translation>
    </message>
    <message>
        <source>ISO 4217 code. Every allocation, request, claim and payment of the budget is in it.</source>
        <translation>Mã ISO 4217. Mọi khoản phân bổ, đề nghị, yêu cầu thanh toán và khoản thanh toán của ngân sách đều tính bằng đơn vị tiền tệ này.</translation>
    </message>
    <message>
        <source>The CAM who owns the budget and decides its requests and claims</source>
        <translation>CAM phụ trách ngân sách và quyết định các đề nghị cũng như yêu cầu thanh toán của ngân sách</translation>
    </message>
    <message>
        <source>MDF-02: approvals may then exceed an allocation. The allocations together can still never exceed the budget (MDF-01).</source>
        <translation>MDF-02: khi đó, số tiền phê duyệt có thể vượt khoản phân bổ. Tổng các khoản phân bổ vẫn không bao giờ được vượt ngân sách (MDF-01).</translation>
    </message>
    <message>
        <source>MDF-07: the share of an approved activity&apos;s cost the vendor reimburses, the default for new requests</source>
        <translation>MDF-07: tỷ lệ chi phí của hoạt động được phê duyệt mà nhà cung cấp hoàn trả; là giá trị mặc định cho đề nghị mới</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>MDF-10: claims are due this many days after an activity ends (set at approval)</source>
        <translation>MDF-10: hạn chót yêu cầu thanh toán là số ngày này sau khi hoạt động kết thúc (được ấn định khi phê duyệt)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Chương trình:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>Ngày &amp;bắt đầu:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>Ngày &amp;kết thúc:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Số tiền:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Người &amp;phụ trách:</translation>
    </message>
    <message>
        <source>&amp;Vendor share:</source>
        <translation>Phần nhà cung cấp chi &amp;trả:</translation>
    </message>
    <message>
        <source>C&amp;laim within:</source>
        <translation>Yêu cầu thanh toán trong &amp;vòng:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Edit MDF Budget</source>
        <translation>Sửa ngân sách MDF</translation>
    </message>
    <message>
        <source>Every allocation of this budget is in %1, so its currency cannot change.</source>
        <translation>Mọi khoản phân bổ của ngân sách này đều tính bằng %1 nên không thể đổi đơn vị tiền tệ.</translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s) hold %1: the amount cannot be less (MDF-01).</source>
        <translation>
            <numerusform>%n khoản phân bổ đang giữ %1: số tiền không được thấp hơn mức này (MDF-01).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a currency code. Enter a three-letter ISO 4217 code such as USD or EUR.</source>
        <translation>“%1” không phải là mã tiền tệ. Hãy nhập mã ISO 4217 gồm ba chữ cái, ví dụ USD hoặc EUR.</translation>
    </message>
    <message>
        <source>Enter the budget&apos;s amount in %1.</source>
        <translation>Hãy nhập số tiền của ngân sách bằng %1.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::BudgetTreeModel</name>
    <message>
        <source>Budget / Partner</source>
        <translation>Ngân sách / Đối tác</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Đã phân bổ</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Chưa phân bổ</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Đã đề nghị</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Đã yêu cầu thanh toán</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Đã thanh toán</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Mức sử dụng</translation>
    </message>
    <message>
        <source>The budget&apos;s amount, or what the allocation sets aside for the partner and period</source>
        <translation>Số tiền của ngân sách, hoặc số tiền khoản phân bổ dành cho đối tác trong kỳ</translation>
    </message>
    <message>
        <source>Sum of the budget&apos;s allocations (MDF-01: never more than the budget)</source>
        <translation>Tổng các khoản phân bổ của ngân sách (MDF-01: không bao giờ vượt ngân sách)</translation>
    </message>
    <message>
        <source>What the budget can still allocate to partners</source>
        <translation>Số tiền ngân sách còn có thể phân bổ cho đối tác</translation>
    </message>
    <message>
        <source>Sum of submitted requests that are not refused or canceled</source>
        <translation>Tổng các đề nghị đã gửi, không tính các đề nghị bị từ chối, bị bác bỏ hoặc đã hủy</translation>
    </message>
    <message>
        <source>What approved requests hold (committed, MDF-02)</source>
        <translation>Số tiền các đề nghị đã phê duyệt đang giữ (đã cam kết, MDF-02)</translation>
    </message>
    <message>
        <source>Sum of claims submitted against approved requests</source>
        <translation>Tổng các yêu cầu thanh toán đã gửi cho các đề nghị đã phê duyệt</translation>
    </message>
    <message>
        <source>Sum of payments made on approved claims</source>
        <translation>Tổng các khoản thanh toán đã thực hiện cho các yêu cầu thanh toán đã phê duyệt</translation>
    </message>
    <message>
        <source>Amount minus approved: what requests can still be approved against</source>
        <translation>Số tiền trừ đi phần đã phê duyệt: phần các đề nghị vẫn còn có thể được phê duyệt</translation>
    </message>
    <message>
        <source>Approved as a share of the amount</source>
        <translation>Tỷ lệ đã phê duyệt trên số tiền</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>Budget period: first day – last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Người phụ trách: %1</translation>
    </message>
    <message numerus="yes">
        <source>Vendor share %1 by default; claims due %n day(s) after an activity ends</source>
        <translation>
            <numerusform>Phần nhà cung cấp chi trả mặc định %1; hạn chót yêu cầu thanh toán là %n ngày sau khi hoạt động kết thúc</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals may overdraw an allocation (negative balance allowed)</source>
        <translation>Được phép phê duyệt vượt khoản phân bổ (cho phép số dư âm)</translation>
    </message>
    <message>
        <source>%1 of %2 allocated; %3 can still be allocated</source>
        <translation>Đã phân bổ %1 trên %2; còn có thể phân bổ %3</translation>
    </message>
    <message>
        <source>%1 not yet approved for anything: %2 unallocated and %3 allocated but not approved</source>
        <translation>%1 chưa được phê duyệt cho khoản nào: %2 chưa phân bổ và %3 đã phân bổ nhưng chưa phê duyệt</translation>
    </message>
    <message>
        <source>Approved %1 of %2 (%3); paid %4 (%5)</source>
        <translation>Đã phê duyệt %1 trên %2 (%3); đã thanh toán %4 (%5)</translation>
    </message>
    <message>
        <source>%1 (not authorised)</source>
        <translation>%1 (chưa được phép sử dụng)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2: not authorised, so requests cannot draw on it yet (MDF-03)</source>
        <translation>%1, %2: chưa được phép sử dụng nên các đề nghị chưa thể dùng khoản phân bổ này (MDF-03)</translation>
    </message>
    <message>
        <source>Overdrawn by %1: approvals exceed the allocation, which the budget allows (MDF-02)</source>
        <translation>Vượt %1: số tiền phê duyệt vượt khoản phân bổ, điều mà ngân sách cho phép (MDF-02)</translation>
    </message>
    <message>
        <source>%1 of %2 can still be approved</source>
        <translation>Còn có thể phê duyệt %1 trên %2</translation>
    </message>
    <message>
        <source>Claimed %1, of which %2 approved</source>
        <translation>Đã yêu cầu thanh toán %1, trong đó %2 đã được phê duyệt</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::BulkLoader</name>
    <message>
        <source>The database is busy in another window or program. Try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang được một cửa sổ hoặc chương trình khác sử dụng. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was saved.</source>
        <translation>Ổ đĩa đã đầy. Hãy giải phóng bớt dung lượng; không có dữ liệu nào được lưu.</translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation>Tệp cơ sở dữ liệu ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>A record could not be added because it conflicts with the stored data; nothing was saved.</source>
        <translation>Không thể thêm một bản ghi vì bản ghi này xung đột với dữ liệu đã lưu; không có dữ liệu nào được lưu.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>The database could not complete the operation; nothing was saved.</source>
        <translation>Cơ sở dữ liệu không thể hoàn tất thao tác; không có dữ liệu nào được lưu.</translation>
    </message>
    <message>
        <source>A bulk load is already in progress.</source>
        <translation>Đang có một lượt tải dữ liệu hàng loạt diễn ra.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Cơ sở dữ liệu chưa được mở.</translation>
    </message>
    <message>
        <source>No bulk load is in progress.</source>
        <translation>Không có lượt tải dữ liệu hàng loạt nào đang diễn ra.</translation>
    </message>
    <message>
        <source>The partner&apos;s local columns changed during the load.</source>
        <translation>Các cột cục bộ của đối tác đã thay đổi trong khi tải dữ liệu.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationDialog</name>
    <message>
        <source>New certification</source>
        <translation>Chứng chỉ mới</translation>
    </message>
    <message>
        <source>Type to find the partner</source>
        <translation>Nhập để tìm đối tác</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Active (passed)</source>
        <translation>Còn hiệu lực (đã đạt)</translation>
    </message>
    <message>
        <source>The issuer&apos;s certificate number</source>
        <translation>Số hiệu chứng chỉ do đơn vị cấp</translation>
    </message>
    <message>
        <source>Choose a certification…</source>
        <translation>Chọn chứng chỉ…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>certification (track)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>Đối &amp;tác:</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>&amp;Người:</translation>
    </message>
    <message>
        <source>&amp;Certification:</source>
        <translation>C&amp;hứng chỉ:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Trạn&amp;g thái:</translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation>Ngày &amp;bắt đầu:</translation>
    </message>
    <message>
        <source>&amp;Acquired on:</source>
        <translation>Ngày đạt đượ&amp;c:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Hết hạn:</translation>
    </message>
    <message>
        <source>Certificate &amp;ID:</source>
        <translation>&amp;Mã số chứng chỉ:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
    <message>
        <source>Edit certification</source>
        <translation>Sửa chứng chỉ</translation>
    </message>
    <message>
        <source>Set when the certification is passed</source>
        <translation>Điền khi đạt chứng chỉ</translation>
    </message>
    <message>
        <source>Choose the certification to see its expiry</source>
        <translation>Chọn chứng chỉ để xem ngày hết hạn</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Không bao giờ hết hạn</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n month(s) after acquisition)</source>
        <translation>
            <numerusform>%1 (%n tháng sau ngày đạt được)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the acquisition day to see the expiry</source>
        <translation>Nhập ngày đạt được để xem ngày hết hạn</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationExportDialog</name>
    <message>
        <source>&amp;Protect against formulas (recommended)</source>
        <translation>&amp;Bảo vệ khỏi công thức (khuyến nghị)</translation>
    </message>
    <message>
        <source>Include &amp;renewed and revoked records (full history)</source>
        <translation>Bao gồm các bản ghi đã gia hạn và đã thu hồi (toàn bộ lịch &amp;sử)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Export Certifications</source>
        <translation>Xuất chứng chỉ</translation>
    </message>
    <message>
        <source>Excel (UTF-8 with BOM)</source>
        <translation>Excel (UTF-8 có BOM)</translation>
    </message>
    <message>
        <source>UTF-8 without BOM (Google Sheets, other tools)</source>
        <translation>UTF-8 không có BOM (Google Sheets, công cụ khác)</translation>
    </message>
    <message>
        <source>Unicode Text (UTF-16, tab-separated; older Excel)</source>
        <translation>Văn bản Unicode (UTF-16, phân cách bằng tab; Excel đời cũ)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Dấu phẩy ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Dấu chấm phẩy ( ; )</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Dấu gạch đứng ( | )</translation>
    </message>
    <message>
        <source>Cells starting with = + - @ get a leading apostrophe so spreadsheets never run them as formulas. ChannelDesk removes it again when you import the file.</source>
        <translation>Các ô bắt đầu bằng = + - @ sẽ được thêm dấu nháy đơn ở đầu để bảng tính không bao giờ chạy chúng như công thức. ChannelDesk sẽ bỏ dấu nháy này khi bạn nhập lại tệp.</translation>
    </message>
    <message>
        <source>Renewed certificates are the earlier records a renewal archived (CERT-02)</source>
        <translation>Chứng chỉ đã gia hạn là các bản ghi trước đó được lưu trữ khi gia hạn (CERT-02)</translation>
    </message>
    <message>
        <source>The State column (Active, Expiring, Expired…) is computed for this day</source>
        <translation>Cột Trạng thái (Còn hiệu lực, Sắp hết hạn, Đã hết hạn…) được tính theo ngày này</translation>
    </message>
    <message>
        <source>certifications</source>
        <translation>chung-chi</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;uyệt…</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Bản ghi:</translation>
    </message>
    <message>
        <source>&amp;States as of:</source>
        <translation>Trạ&amp;ng thái tính đến ngày:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Dấu &amp;phân cách:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>Only the people of %1</source>
        <translation>Chỉ nhân sự của %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Tệp văn bản (*.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>%1 is a folder: enter a file name.</source>
        <translation>%1 là một thư mục: hãy nhập tên tệp.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n certification record(s) to %1.</source>
        <translation>
            <numerusform>Đã xuất %n bản ghi chứng chỉ vào %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are longer than Excel&apos;s %1 characters per cell and will be cut off there.</source>
        <translation>
            <numerusform>%n giá trị dài hơn giới hạn %1 ký tự mỗi ô của Excel và sẽ bị cắt tại đó.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Đã hủy việc xuất; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>The export failed; no file was written: %1</source>
        <translation>Xuất không thành công; không có tệp nào được ghi: %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationExporter</name>
    <message>
        <source>The delimiter must be a comma, a semicolon, a tab or a vertical bar.</source>
        <translation>Dấu phân cách phải là dấu phẩy, dấu chấm phẩy, ký tự tab hoặc dấu gạch đứng.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Cơ sở dữ liệu chưa được mở.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>Không thể ghi “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Không ghi được “%1”: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Đã hủy việc xuất; không có tệp nào được ghi.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationFieldDelegate</name>
    <message>
        <source>Don&apos;t import</source>
        <translation>Không nhập</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationFilterBar</name>
    <message>
        <source>Expiring within</source>
        <translation>Sắp hết hạn trong</translation>
    </message>
    <message>
        <source>and expired in the last</source>
        <translation>và đã hết hạn trong vòng</translation>
    </message>
    <message>
        <source>All certifications</source>
        <translation>Tất cả chứng chỉ</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Sắp hết hạn</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Đã hết hạn</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Partners whose people&apos;s certificates expire soon, with the reminder state of each</source>
        <translation>Các đối tác có nhân sự sắp hết hạn chứng chỉ, kèm trạng thái nhắc nhở của từng người</translation>
    </message>
    <message>
        <source>Certificates past their expiry day that were not renewed</source>
        <translation>Các chứng chỉ đã quá ngày hết hạn mà chưa được gia hạn</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Chứng chỉ</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Lộ trình</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Expiring within days</source>
        <translation>Sắp hết hạn trong số ngày</translation>
    </message>
    <message>
        <source>Expired within the last days</source>
        <translation>Đã hết hạn trong số ngày gần nhất</translation>
    </message>
    <message>
        <source>Search name, e-mail or certificate ID</source>
        <translation>Tìm theo tên, email hoặc mã số chứng chỉ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <source>Show every partner, person, certification and status</source>
        <translation>Hiển thị mọi đối tác, người, chứng chỉ và trạng thái</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Bỏ bộ lọc này</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (ngừng cung cấp)</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Tất cả lộ trình</translation>
    </message>
    <message>
        <source>This view shows one status; use All certifications to choose</source>
        <translation>Chế độ xem này chỉ hiển thị một trạng thái; hãy dùng Tất cả chứng chỉ để chọn</translation>
    </message>
    <message>
        <source>Expiring in %1</source>
        <translation>Sắp hết hạn trong %1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationImportDialog</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Dấu phẩy ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Dấu chấm phẩy ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Dấu gạch đứng ( | )</translation>
    </message>
    <message>
        <source>Windows (CR LF)</source>
        <translation>Windows (CR LF)</translation>
    </message>
    <message>
        <source>Unix (LF)</source>
        <translation>Unix (LF)</translation>
    </message>
    <message>
        <source>classic Mac (CR)</source>
        <translation>Mac đời cũ (CR)</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>hỗn hợp</translation>
    </message>
    <message>
        <source>none (one line)</source>
        <translation>không có (chỉ một dòng)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Check File</source>
        <translation>&amp;Kiểm tra tệp</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Import Certifications</source>
        <translation>Nhập chứng chỉ</translation>
    </message>
    <message>
        <source>Read the whole file and show what the import will do, without writing anything</source>
        <translation>Đọc toàn bộ tệp và cho biết việc nhập sẽ làm gì, không ghi bất kỳ dữ liệu nào</translation>
    </message>
    <message>
        <source>Write the new certification records (every row the check accepted)</source>
        <translation>Ghi các bản ghi chứng chỉ mới (mọi dòng đã qua bước kiểm tra)</translation>
    </message>
    <message>
        <source>A CSV file with one certification per row: email, certification, dates…</source>
        <translation>Tệp CSV với mỗi dòng một chứng chỉ: email, chứng chỉ, các ngày…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;uyệt…</translation>
    </message>
    <message>
        <source>Detected from the file; choose another if names look garbled</source>
        <translation>Được nhận diện từ tệp; hãy chọn bảng mã khác nếu tên hiển thị bị lỗi</translation>
    </message>
    <message>
        <source>Detected from the file; choose another if everything is in one column</source>
        <translation>Được nhận diện từ tệp; hãy chọn dấu phân cách khác nếu mọi thứ nằm trong một cột</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Dấu &amp;phân cách:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Bảng &amp;mã:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt; — what each column of the file is imported as</source>
        <translation>&lt;b&gt;Cột&lt;/b&gt; — mỗi cột của tệp được nhập thành trường nào</translation>
    </message>
    <message>
        <source>All rows listed</source>
        <translation>Tất cả các dòng</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>Có cảnh báo</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Tệp CSV (*.csv *.txt *.tsv);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>Không thể nhập %1: %2</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (tự nhận diện)</translation>
    </message>
    <message numerus="yes">
        <source>The header is on line %1: %n column(s).</source>
        <translation>
            <numerusform>Tiêu đề nằm ở dòng %1: %n cột.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line endings: %1.</source>
        <translation>Ký tự xuống dòng: %1.</translation>
    </message>
    <message>
        <source>The file starts with a byte-order mark.</source>
        <translation>Tệp bắt đầu bằng dấu thứ tự byte (BOM).</translation>
    </message>
    <message>
        <source>Its first line (sep=) sets the delimiter and is not imported.</source>
        <translation>Dòng đầu tiên của tệp (sep=) chỉ định dấu phân cách và không được nhập.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Hãy chọn tệp cần nhập.</translation>
    </message>
    <message>
        <source>the person&apos;s email and the certification (its code or its name)</source>
        <translation>email của người và chứng chỉ (mã hoặc tên chứng chỉ)</translation>
    </message>
    <message>
        <source>the person&apos;s email</source>
        <translation>email của người</translation>
    </message>
    <message>
        <source>the certification (its code or its name)</source>
        <translation>chứng chỉ (mã hoặc tên chứng chỉ)</translation>
    </message>
    <message>
        <source>Choose the column holding %1: people are matched by email.</source>
        <translation>Hãy chọn cột chứa %1: người được đối chiếu theo email.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) will be imported. Check File shows what the import will do before anything is written.</source>
        <translation>
            <numerusform>%n cột sẽ được nhập. Kiểm tra tệp cho biết việc nhập sẽ làm gì trước khi ghi bất kỳ dữ liệu nào.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Reading and checking… %p%</source>
        <translation>Đang đọc và kiểm tra… %p%</translation>
    </message>
    <message>
        <source>Checking… %p%</source>
        <translation>Đang kiểm tra… %p%</translation>
    </message>
    <message>
        <source>Writing… %p%</source>
        <translation>Đang ghi… %p%</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Đã hủy việc kiểm tra.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Đã hủy việc nhập; không có gì được ghi.</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Không thể kiểm tra tệp: %1</translation>
    </message>
    <message>
        <source>The import failed; nothing was written: %1</source>
        <translation>Nhập không thành công; không có gì được ghi: %1</translation>
    </message>
    <message>
        <source>Checking every row… nothing is written.</source>
        <translation>Đang kiểm tra từng dòng… không có gì được ghi.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 mới</translation>
    </message>
    <message>
        <source>of which %1 renew an earlier certificate</source>
        <translation>trong đó %1 gia hạn một chứng chỉ trước đó</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 không đổi</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 bị từ chối</translation>
    </message>
    <message>
        <source>%1 with warnings</source>
        <translation>%1 có cảnh báo</translation>
    </message>
    <message>
        <source>%1 rows read: %2.</source>
        <translation>Đã đọc %1 dòng: %2.</translation>
    </message>
    <message>
        <source>Nothing has been written yet: Import writes the new records.</source>
        <translation>Chưa có gì được ghi: nút Nhập sẽ ghi các bản ghi mới.</translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation>Không có gì mới để nhập.</translation>
    </message>
    <message>
        <source>Rejected rows are not imported. Fix them in the file and import it again; rows already imported then show as unchanged.</source>
        <translation>Các dòng bị từ chối sẽ không được nhập. Hãy sửa chúng trong tệp rồi nhập lại; khi đó các dòng đã nhập sẽ hiển thị là không đổi.</translation>
    </message>
    <message>
        <source>Import finished. %1</source>
        <translation>Đã nhập xong. %1</translation>
    </message>
    <message>
        <source>%1 certification records written.</source>
        <translation>Đã ghi %1 bản ghi chứng chỉ.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationImporter</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Certification code</source>
        <translation>Mã chứng chỉ</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Chứng chỉ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Ngày đạt được</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ngày hết hạn</translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation>Mã số chứng chỉ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Đã hủy việc nhập; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Imported from “%1”</source>
        <translation>Được nhập từ “%1”</translation>
    </message>
    <message>
        <source>The file has no email column. Map a column to “Email”: people are matched by their email address.</source>
        <translation>Tệp không có cột email. Hãy ánh xạ một cột vào “Email”: người được đối chiếu theo địa chỉ email.</translation>
    </message>
    <message>
        <source>The file has no certification column. Map a column to “Certification code” or “Certification”.</source>
        <translation>Tệp không có cột chứng chỉ. Hãy ánh xạ một cột vào “Mã chứng chỉ” hoặc “Chứng chỉ”.</translation>
    </message>
    <message>
        <source>The dates in “%1” could be day/month or month/day; they were read as %2, the order of your language settings.</source>
        <translation>Các ngày trong “%1” có thể là ngày/tháng hoặc tháng/ngày; chúng đã được đọc theo dạng %2, theo thứ tự trong thiết lập ngôn ngữ của bạn.</translation>
    </message>
    <message>
        <source>month/day</source>
        <translation>tháng/ngày</translation>
    </message>
    <message>
        <source>day/month</source>
        <translation>ngày/tháng</translation>
    </message>
    <message>
        <source>Line %1 already has %2’s “%3” acquired on %4.</source>
        <translation>Dòng %1 đã có chứng chỉ “%3” của %2, đạt được ngày %4.</translation>
    </message>
    <message>
        <source>Line %1 already has %2 in progress for “%3”.</source>
        <translation>Dòng %1 đã có %2 đang thực hiện “%3”.</translation>
    </message>
    <message>
        <source>The email address is empty.</source>
        <translation>Địa chỉ email đang trống.</translation>
    </message>
    <message>
        <source>No contact has the email address “%1”.</source>
        <translation>Không có người liên hệ nào có địa chỉ email “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts have the email address “%1”; give each person their own address.</source>
        <translation>
            <numerusform>%n người liên hệ có cùng địa chỉ email “%1”; hãy cho mỗi người một địa chỉ riêng.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certification is empty.</source>
        <translation>Chứng chỉ đang trống.</translation>
    </message>
    <message>
        <source>There is no certification “%1” in the catalogue.</source>
        <translation>Không có chứng chỉ “%1” trong danh mục.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” names %n certifications; use the certification code.</source>
        <translation>
            <numerusform>“%1” trùng tên với %n chứng chỉ; hãy dùng mã chứng chỉ.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” in “%2” is not a date.</source>
        <translation>“%1” trong “%2” không phải là ngày.</translation>
    </message>
    <message>
        <source>“%1” is not a certification state (In progress, Active, Expiring, Expired, Renewed or Revoked).</source>
        <translation>“%1” không phải là trạng thái chứng chỉ (In progress, Active, Expiring, Expired, Renewed hoặc Revoked).</translation>
    </message>
    <message>
        <source>The record is in progress, so its acquisition day was ignored.</source>
        <translation>Bản ghi đang ở trạng thái đang thực hiện nên ngày đạt được đã bị bỏ qua.</translation>
    </message>
    <message>
        <source>A certification in progress needs the day it was started.</source>
        <translation>Chứng chỉ đang thực hiện cần có ngày bắt đầu.</translation>
    </message>
    <message>
        <source>It was started on %1, after today.</source>
        <translation>Ngày bắt đầu là %1, sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>The day the certificate was acquired is missing.</source>
        <translation>Thiếu ngày đạt được chứng chỉ.</translation>
    </message>
    <message>
        <source>It was acquired on %1, after today.</source>
        <translation>Ngày đạt được là %1, sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>The person already holds a later “%1” (acquired %2); only a later certificate can be added, and it renews the current one.</source>
        <translation>Người này đã có chứng chỉ “%1” mới hơn (đạt được ngày %2); chỉ có thể thêm chứng chỉ mới hơn, và chứng chỉ đó sẽ gia hạn chứng chỉ hiện tại.</translation>
    </message>
    <message>
        <source>revoked according to the imported file “%1”</source>
        <translation>bị thu hồi theo tệp đã nhập “%1”</translation>
    </message>
    <message>
        <source>The file says this certificate was renewed, but it has no later one for this person; it was imported as held.</source>
        <translation>Tệp ghi rằng chứng chỉ này đã được gia hạn, nhưng không có chứng chỉ nào mới hơn cho người này; chứng chỉ được nhập là đang nắm giữ.</translation>
    </message>
    <message>
        <source>The file says “%1”, but by its dates the certificate is “%2” today.</source>
        <translation>Tệp ghi “%1”, nhưng theo các ngày của chứng chỉ thì hôm nay chứng chỉ ở trạng thái “%2”.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationListModel</name>
    <message>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Chứng chỉ</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Lộ trình</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Ngày đạt được</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ngày hết hạn</translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation>Mã số chứng chỉ</translation>
    </message>
    <message>
        <source>As of %1: expiring from the recertification window before the expiry day, expired the day after it</source>
        <translation>Tính đến %1: sắp hết hạn kể từ khi mở thời gian tái chứng nhận trước ngày hết hạn, đã hết hạn kể từ ngày sau ngày hết hạn</translation>
    </message>
    <message>
        <source>never</source>
        <translation>không bao giờ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Valid through %1; recertification opens %n day(s) before</source>
        <translation>
            <numerusform>Có hiệu lực đến hết ngày %1; thời gian tái chứng nhận mở %n ngày trước đó</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationMappingModel</name>
    <message>
        <source>(no header)</source>
        <translation>(không có tiêu đề)</translation>
    </message>
    <message>
        <source>Another column has the same header; this one is not imported unless you map it.</source>
        <translation>Một cột khác có cùng tiêu đề; cột này sẽ không được nhập trừ khi bạn ánh xạ nó.</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Không nhập</translation>
    </message>
    <message>
        <source>This column is not imported</source>
        <translation>Cột này không được nhập</translation>
    </message>
    <message>
        <source>This column is imported as shown</source>
        <translation>Cột này được nhập như hiển thị</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Nhập thành</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationOutcomeModel</name>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Chứng chỉ</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Ngày đạt được</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Reason or warnings</source>
        <translation>Lý do hoặc cảnh báo</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationPersonPanel</name>
    <message>
        <source>Select a certification to see the person&apos;s training record.</source>
        <translation>Chọn một chứng chỉ để xem hồ sơ đào tạo của người đó.</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Chứng chỉ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Ngày đạt được</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ngày hết hạn</translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation>Mã số chứng chỉ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Certifications and their renewal history</source>
        <translation>Chứng chỉ và lịch sử gia hạn</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm số</translation>
    </message>
    <message>
        <source>Course completions</source>
        <translation>Khóa học đã hoàn thành</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Chứng chỉ</translation>
    </message>
    <message>
        <source>(unknown certification)</source>
        <translation>(chứng chỉ không xác định)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>không bao giờ</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>partner · e-mail</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(unknown course)</source>
        <translation>(khóa học không xác định)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationQuery</name>
    <message>
        <source>Reminder due</source>
        <translation>Đến hạn nhắc nhở</translation>
    </message>
    <message>
        <source>Reminded on %1</source>
        <translation>Đã nhắc ngày %1</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Chưa đến hạn</translation>
    </message>
    <message>
        <source>No track</source>
        <translation>Không có lộ trình</translation>
    </message>
    <message>
        <source>Unknown certification</source>
        <translation>Chứng chỉ không xác định</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationRepository</name>
    <message>
        <source>Choose the person.</source>
        <translation>Hãy chọn người.</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>Người này không còn tồn tại.</translation>
    </message>
    <message>
        <source>%1 was deleted; restore the contact first.</source>
        <translation>%1 đã bị xóa; hãy khôi phục người liên hệ trước.</translation>
    </message>
    <message>
        <source>The partner of %1 no longer exists.</source>
        <translation>Đối tác của %1 không còn tồn tại.</translation>
    </message>
    <message>
        <source>%1 was deleted; restore the partner first.</source>
        <translation>%1 đã bị xóa; hãy khôi phục đối tác trước.</translation>
    </message>
    <message>
        <source>%1 works for another partner; choose one of this partner&apos;s people.</source>
        <translation>%1 làm việc cho một đối tác khác; hãy chọn một người thuộc đối tác này.</translation>
    </message>
    <message>
        <source>Choose the certification.</source>
        <translation>Hãy chọn chứng chỉ.</translation>
    </message>
    <message>
        <source>The certification no longer exists.</source>
        <translation>Chứng chỉ không còn tồn tại.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be in the future.</source>
        <translation>%1 (%2) không được ở tương lai.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate number is limited to %n character(s).</source>
        <translation>
            <numerusform>Số hiệu chứng chỉ có tối đa %n ký tự.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes are limited to %n character(s).</source>
        <translation>
            <numerusform>Ghi chú có tối đa %n ký tự.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file name is limited to %n character(s).</source>
        <translation>
            <numerusform>Tên tệp có tối đa %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>This certification was deleted.</source>
        <translation>Chứng chỉ này đã bị xóa.</translation>
    </message>
    <message>
        <source>This certification was renewed; it is kept as history and cannot be changed.</source>
        <translation>Chứng chỉ này đã được gia hạn; chứng chỉ được lưu làm lịch sử và không thể thay đổi.</translation>
    </message>
    <message>
        <source>This certification was revoked; it is kept as history and cannot be changed.</source>
        <translation>Chứng chỉ này đã bị thu hồi; chứng chỉ được lưu làm lịch sử và không thể thay đổi.</translation>
    </message>
    <message>
        <source>Enter the day the person started.</source>
        <translation>Hãy nhập ngày người này bắt đầu.</translation>
    </message>
    <message>
        <source>A certification in progress has no acquisition or expiry date yet; mark it as passed instead.</source>
        <translation>Chứng chỉ đang thực hiện chưa có ngày đạt được hay ngày hết hạn; hãy đánh dấu là đã đạt.</translation>
    </message>
    <message>
        <source>A new certification is either in progress or active.</source>
        <translation>Chứng chỉ mới chỉ có thể ở trạng thái đang thực hiện hoặc còn hiệu lực.</translation>
    </message>
    <message>
        <source>Enter the day the certification was acquired.</source>
        <translation>Hãy nhập ngày đạt được chứng chỉ.</translation>
    </message>
    <message>
        <source>The acquisition day</source>
        <translation>Ngày đạt được</translation>
    </message>
    <message>
        <source>The start day (%1) is after the acquisition day (%2).</source>
        <translation>Ngày bắt đầu (%1) sau ngày đạt được (%2).</translation>
    </message>
    <message>
        <source>The expiry day (%1) is before the acquisition day (%2).</source>
        <translation>Ngày hết hạn (%1) trước ngày đạt được (%2).</translation>
    </message>
    <message>
        <source>%1 is already working towards %2; mark that certification as passed instead.</source>
        <translation>%1 đang thực hiện %2; hãy đánh dấu chứng chỉ đó là đã đạt.</translation>
    </message>
    <message>
        <source>%1 already holds %2; renew that certification instead.</source>
        <translation>%1 đã có %2; hãy gia hạn chứng chỉ đó.</translation>
    </message>
    <message>
        <source>%1 had not completed the prerequisite course(s) of %2 by %3: %4.</source>
        <translation>Đến ngày %3, %1 chưa hoàn thành (các) khóa học tiên quyết của %2: %4.</translation>
    </message>
    <message>
        <source>Choose the course.</source>
        <translation>Hãy chọn khóa học.</translation>
    </message>
    <message>
        <source>The course no longer exists.</source>
        <translation>Khóa học không còn tồn tại.</translation>
    </message>
    <message>
        <source>Enter the day the course was completed.</source>
        <translation>Hãy nhập ngày hoàn thành khóa học.</translation>
    </message>
    <message>
        <source>The completion day</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>The score is a percentage from 0 to 100.</source>
        <translation>Điểm số là tỷ lệ phần trăm từ 0 đến 100.</translation>
    </message>
    <message>
        <source>The course completion no longer exists.</source>
        <translation>Bản ghi hoàn thành khóa học không còn tồn tại.</translation>
    </message>
    <message>
        <source>%1 is no longer offered.</source>
        <translation>%1 không còn được cung cấp.</translation>
    </message>
    <message>
        <source>Attach the evidence file instead of naming its checksum.</source>
        <translation>Hãy đính kèm tệp minh chứng thay vì chỉ ghi tổng kiểm tra của tệp.</translation>
    </message>
    <message>
        <source>This certification has already been passed.</source>
        <translation>Chứng chỉ này đã đạt.</translation>
    </message>
    <message>
        <source>Only an acquired certification can be renewed; mark this one as passed instead.</source>
        <translation>Chỉ có thể gia hạn chứng chỉ đã đạt được; hãy đánh dấu chứng chỉ này là đã đạt.</translation>
    </message>
    <message>
        <source>%1 does not expire, so it needs no renewal.</source>
        <translation>%1 không hết hạn nên không cần gia hạn.</translation>
    </message>
    <message numerus="yes">
        <source>Recertification opens on %1, %n day(s) before the certificate expires.</source>
        <translation>
            <numerusform>Thời gian tái chứng nhận mở vào ngày %1, %n ngày trước khi chứng chỉ hết hạn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The renewal must be acquired after the current certificate (%1).</source>
        <translation>Chứng chỉ gia hạn phải được đạt sau chứng chỉ hiện tại (%1).</translation>
    </message>
    <message>
        <source>Give a reason for revoking the certification.</source>
        <translation>Hãy nêu lý do thu hồi chứng chỉ.</translation>
    </message>
    <message>
        <source>Revoked on %1 by %2: %3</source>
        <translation>Bị thu hồi ngày %1 bởi %2: %3</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>người dùng không xác định</translation>
    </message>
    <message>
        <source>A renewed certification is part of the person&apos;s history; remove its renewal instead.</source>
        <translation>Chứng chỉ đã gia hạn là một phần lịch sử của người đó; hãy xóa lần gia hạn của nó.</translation>
    </message>
    <message>
        <source>Enter the day the reminder was sent.</source>
        <translation>Hãy nhập ngày đã gửi nhắc nhở.</translation>
    </message>
    <message>
        <source>The evidence file needs a name.</source>
        <translation>Tệp minh chứng cần có tên.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>Tệp %1 trống.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; attach a smaller file.</source>
        <translation>Tệp %1 lớn hơn %2 MiB; hãy đính kèm tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>No evidence is attached to this certification.</source>
        <translation>Chứng chỉ này chưa có minh chứng đính kèm.</translation>
    </message>
    <message>
        <source>The content of %1 has not been downloaded to this computer yet.</source>
        <translation>Nội dung của %1 chưa được tải xuống máy tính này.</translation>
    </message>
    <message>
        <source>%1 is damaged: its content does not match its checksum.</source>
        <translation>Tệp %1 bị hỏng: nội dung không khớp với tổng kiểm tra.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationStepDialog</name>
    <message>
        <source>Pass certification</source>
        <translation>Xác nhận đạt chứng chỉ</translation>
    </message>
    <message>
        <source>%1 passed %2. The certificate counts from the day acquired.</source>
        <translation>%1 đã đạt %2. Chứng chỉ được tính từ ngày đạt được.</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Xác nhận đạt</translation>
    </message>
    <message>
        <source>Renew certification</source>
        <translation>Gia hạn chứng chỉ</translation>
    </message>
    <message>
        <source>%1 renews %2. A new certificate is issued; the current one is kept in the history as renewed.</source>
        <translation>%1 gia hạn %2. Một chứng chỉ mới được cấp; chứng chỉ hiện tại được lưu trong lịch sử với trạng thái đã gia hạn.</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <source>The issuer&apos;s certificate number</source>
        <translation>Số hiệu chứng chỉ do đơn vị cấp</translation>
    </message>
    <message>
        <source>&amp;Acquired on:</source>
        <translation>Ngày đạt đượ&amp;c:</translation>
    </message>
    <message>
        <source>Certificate &amp;ID:</source>
        <translation>&amp;Mã số chứng chỉ:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Hết hạn:</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Không bao giờ hết hạn</translation>
    </message>
    <message>
        <source>Enter the acquisition day to see the expiry</source>
        <translation>Nhập ngày đạt được để xem ngày hết hạn</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationsScreen</name>
    <message>
        <source>New Certification…</source>
        <translation>Chứng chỉ mới…</translation>
    </message>
    <message>
        <source>Record a person&apos;s certification (in progress or passed)</source>
        <translation>Ghi nhận chứng chỉ của một người (đang thực hiện hoặc đã đạt)</translation>
    </message>
    <message>
        <source>Record Course Completion…</source>
        <translation>Ghi nhận hoàn thành khóa học…</translation>
    </message>
    <message>
        <source>Record that a person finished a course (prerequisites of certifications)</source>
        <translation>Ghi nhận một người đã hoàn thành khóa học (điều kiện tiên quyết của chứng chỉ)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Change the dates, certificate ID or notes</source>
        <translation>Thay đổi ngày, mã số chứng chỉ hoặc ghi chú</translation>
    </message>
    <message>
        <source>Pass…</source>
        <translation>Xác nhận đạt…</translation>
    </message>
    <message>
        <source>The person passed: in progress → active</source>
        <translation>Người này đã đạt: đang thực hiện → còn hiệu lực</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Gia hạn…</translation>
    </message>
    <message>
        <source>Issue the new certificate (open during the recertification window and once expired)</source>
        <translation>Cấp chứng chỉ mới (có thể thực hiện trong thời gian tái chứng nhận và sau khi đã hết hạn)</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Thu hồi…</translation>
    </message>
    <message>
        <source>Withdraw the certificate, with the reason</source>
        <translation>Thu hồi chứng chỉ, kèm lý do</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove a record made by mistake</source>
        <translation>Xóa bản ghi được tạo do nhầm lẫn</translation>
    </message>
    <message>
        <source>Attach Evidence…</source>
        <translation>Đính kèm minh chứng…</translation>
    </message>
    <message>
        <source>Attach the certificate document</source>
        <translation>Đính kèm tài liệu chứng chỉ</translation>
    </message>
    <message>
        <source>Open Evidence</source>
        <translation>Mở minh chứng</translation>
    </message>
    <message>
        <source>Open the attached certificate document</source>
        <translation>Mở tài liệu chứng chỉ đã đính kèm</translation>
    </message>
    <message>
        <source>Mark Reminded</source>
        <translation>Đánh dấu đã nhắc</translation>
    </message>
    <message>
        <source>Record today&apos;s expiry reminder for the selected people (CERT-01)</source>
        <translation>Ghi nhận lần nhắc nhở hết hạn hôm nay cho những người đã chọn (CERT-01)</translation>
    </message>
    <message numerus="yes">
        <source>No certificates expire within %n day(s) for this selection.</source>
        <translation>
            <numerusform>Không có chứng chỉ nào hết hạn trong vòng %n ngày với lựa chọn này.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) with expiring certifications</source>
        <translation>
            <numerusform>%n đối tác có chứng chỉ sắp hết hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s)</source>
        <translation>
            <numerusform>%n chứng chỉ</numerusform>
        </translation>
    </message>
    <message>
        <source>No certifications match this view and these filters.</source>
        <translation>Không có chứng chỉ nào khớp với chế độ xem và bộ lọc này.</translation>
    </message>
    <message>
        <source>No certifications yet. Record one with New Certification.</source>
        <translation>Chưa có chứng chỉ nào. Hãy ghi nhận bằng Chứng chỉ mới.</translation>
    </message>
    <message>
        <source>Certification saved.</source>
        <translation>Đã lưu chứng chỉ.</translation>
    </message>
    <message>
        <source>Course completion recorded.</source>
        <translation>Đã ghi nhận hoàn thành khóa học.</translation>
    </message>
    <message>
        <source>Certification passed.</source>
        <translation>Đã xác nhận đạt chứng chỉ.</translation>
    </message>
    <message>
        <source>Certification renewed; the previous certificate is kept in the history.</source>
        <translation>Đã gia hạn chứng chỉ; chứng chỉ trước đó được lưu trong lịch sử.</translation>
    </message>
    <message>
        <source>Revoke certification</source>
        <translation>Thu hồi chứng chỉ</translation>
    </message>
    <message>
        <source>%1&apos;s certificate stops counting at once (tier criteria included). The reason is kept in the history.</source>
        <translation>Chứng chỉ của %1 sẽ ngừng được tính ngay lập tức (kể cả trong tiêu chí xếp hạng). Lý do được lưu trong lịch sử.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>Certification revoked.</source>
        <translation>Đã thu hồi chứng chỉ.</translation>
    </message>
    <message>
        <source>Delete certification</source>
        <translation>Xóa chứng chỉ</translation>
    </message>
    <message>
        <source>Delete this certification of %1? Use Revoke for a certificate that was withdrawn; Delete is for records made by mistake.</source>
        <translation>Xóa chứng chỉ này của %1? Hãy dùng Thu hồi cho chứng chỉ đã bị rút lại; Xóa chỉ dành cho bản ghi được tạo do nhầm lẫn.</translation>
    </message>
    <message>
        <source>Certification deleted.</source>
        <translation>Đã xóa chứng chỉ.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Đính kèm minh chứng</translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Chứng chỉ (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB: attach a smaller copy.</source>
        <translation>“%1” lớn hơn %2 MB: hãy đính kèm bản nhỏ hơn.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>Không thể đọc “%1”: %2</translation>
    </message>
    <message>
        <source>Evidence “%1” attached.</source>
        <translation>Đã đính kèm minh chứng “%1”.</translation>
    </message>
    <message>
        <source>No temporary folder to open “%1” from: %2</source>
        <translation>Không có thư mục tạm để mở “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” could not be written to open it: %2</source>
        <translation>Không thể ghi “%1” ra để mở: %2</translation>
    </message>
    <message>
        <source>No application could open “%1”.</source>
        <translation>Không có ứng dụng nào mở được “%1”.</translation>
    </message>
    <message>
        <source>Select the people to mark as reminded.</source>
        <translation>Hãy chọn những người cần đánh dấu đã nhắc.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) recorded for today.</source>
        <translation>
            <numerusform>Đã ghi nhận %n lần nhắc nhở cho hôm nay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChartExport</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Không thể ghi “%1”: %2</translation>
    </message>
    <message>
        <source>the image could not be encoded.</source>
        <translation>không mã hóa được hình ảnh.</translation>
    </message>
    <message>
        <source>the SVG writer could not start.</source>
        <translation>không khởi động được trình ghi SVG.</translation>
    </message>
    <message>
        <source>the PDF writer could not start.</source>
        <translation>không khởi động được trình ghi PDF.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is connected.</source>
        <translation>Không khởi động được máy in. Hãy kiểm tra xem máy in đã được kết nối chưa.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ClaimEditor</name>
    <message>
        <source>Required; unique among claims</source>
        <translation>Bắt buộc; không trùng với yêu cầu thanh toán khác</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Spent on</source>
        <translation>Ngày chi</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Chứng từ</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Thêm &amp;dòng</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>Expenses:</source>
        <translation>Khoản chi:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save changes (%1)</source>
        <translation>Lưu thay đổi (%1)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Hoàn nguyên</translation>
    </message>
    <message>
        <source>This claim is read-only while it is %1.</source>
        <translation>Yêu cầu thanh toán này chỉ đọc khi đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>The fund request of this claim is not on this device.</source>
        <translation>Đề nghị cấp quỹ của yêu cầu thanh toán này không có trên thiết bị này.</translation>
    </message>
    <message>
        <source>Request %1 “%2”: the vendor reimburses up to %3; other claims hold %4, so this claim can be up to %5.</source>
        <translation>Đề nghị %1 “%2”: nhà cung cấp hoàn trả tối đa %3; các yêu cầu thanh toán khác đang giữ %4, vì vậy yêu cầu thanh toán này tối đa là %5.</translation>
    </message>
    <message>
        <source>Claims are due by %1.</source>
        <translation>Hạn chót yêu cầu thanh toán: %1.</translation>
    </message>
    <message>
        <source>Invoice, supplier, what was bought</source>
        <translation>Hóa đơn, bên bán, nội dung đã mua</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n chứng từ</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachment not on this device</source>
        <translation>Tệp đính kèm không có trên thiết bị này</translation>
    </message>
    <message>
        <source>Save the claim, then attach receipts</source>
        <translation>Hãy lưu yêu cầu thanh toán rồi đính kèm chứng từ</translation>
    </message>
    <message>
        <source>Attach files below first</source>
        <translation>Hãy đính kèm tệp ở bên dưới trước</translation>
    </message>
    <message>
        <source>Total claimed: %1</source>
        <translation>Tổng yêu cầu thanh toán: %1</translation>
    </message>
    <message>
        <source>Total claimed: — (a line&apos;s amount is not a number)</source>
        <translation>Tổng yêu cầu thanh toán: — (số tiền của một dòng không phải là số)</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Đã phê duyệt: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CompletionDialog</name>
    <message>
        <source>Record course completion</source>
        <translation>Ghi nhận hoàn thành khóa học</translation>
    </message>
    <message>
        <source>Type to find the partner</source>
        <translation>Nhập để tìm đối tác</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Không có điểm</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Choose a course…</source>
        <translation>Chọn khóa học…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>course code · name</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>Đối &amp;tác:</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>&amp;Người:</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Khóa học:</translation>
    </message>
    <message>
        <source>Completed &amp;on:</source>
        <translation>Ngày &amp;hoàn thành:</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>Điể&amp;m số:</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConflictListModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>Đối tác %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Người liên hệ %1</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Đã thay đổi ở cả hai phía</translation>
    </message>
    <message>
        <source>Edited here, deleted on the server</source>
        <translation>Đã sửa ở đây, bị xóa trên máy chủ</translation>
    </message>
    <message>
        <source>Deleted here, edited on the server</source>
        <translation>Đã xóa ở đây, được sửa trên máy chủ</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Không được phép</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Bị máy chủ từ chối</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Tên pháp lý</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Stage reason</source>
        <translation>Lý do chuyển giai đoạn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <source>Email domain</source>
        <translation>Tên miền email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Partner since</source>
        <translation>Hợp tác từ ngày</translation>
    </message>
    <message>
        <source>Partnership end</source>
        <translation>Hợp tác đến ngày</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Lần đánh giá tới</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Doanh thu hằng năm</translation>
    </message>
    <message>
        <source>Revenue currency</source>
        <translation>Đơn vị tiền tệ của doanh thu</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Mã bên ngoài</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Tình huống</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Các trường</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConflictsScreen</name>
    <message>
        <source>Deleted %1</source>
        <translation>Đã xóa lúc %1</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Chưa bị xóa</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Giữ bản của tô&amp;i</translation>
    </message>
    <message>
        <source>Keep &amp;Server&apos;s</source>
        <translation>Giữ bản của &amp;máy chủ</translation>
    </message>
    <message>
        <source>Keep Mine for &amp;All</source>
        <translation>Giữ bản của tôi cho tất &amp;cả</translation>
    </message>
    <message>
        <source>Keep Server&apos;s for A&amp;ll</source>
        <translation>Giữ bản của máy chủ c&amp;ho tất cả</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Before your edit</source>
        <translation>Trước khi bạn sửa</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Thiết bị này</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Send this device&apos;s values again, replacing the server&apos;s</source>
        <translation>Gửi lại các giá trị trên thiết bị này, thay thế các giá trị trên máy chủ</translation>
    </message>
    <message>
        <source>Take the server&apos;s values on this device; your edit is dropped</source>
        <translation>Dùng các giá trị của máy chủ trên thiết bị này; thay đổi của bạn sẽ bị bỏ</translation>
    </message>
    <message>
        <source>No conflicts. Everything you changed reached the server.</source>
        <translation>Không có xung đột. Mọi thay đổi của bạn đều đã được gửi lên máy chủ.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be applied as they were. Nothing has been lost: choose which values to keep.</source>
        <translation>
            <numerusform>Không thể áp dụng nguyên trạng %n thay đổi. Không có dữ liệu nào bị mất: hãy chọn giá trị cần giữ lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discard My Change</source>
        <translation>&amp;Bỏ thay đổi của tôi</translation>
    </message>
    <message>
        <source>Resolve All Conflicts</source>
        <translation>Giải quyết tất cả xung đột</translation>
    </message>
    <message numerus="yes">
        <source>Send this device&apos;s values for all %n conflict(s), replacing the server&apos;s?</source>
        <translation>
            <numerusform>Bạn có muốn gửi các giá trị trên thiết bị này cho cả %n xung đột, thay thế các giá trị trên máy chủ không?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take the server&apos;s values for all %n conflict(s)? Your conflicting edits will be dropped.</source>
        <translation>
            <numerusform>Bạn có muốn dùng các giá trị của máy chủ cho cả %n xung đột không? Các thay đổi xung đột của bạn sẽ bị bỏ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Contact</name>
    <message>
        <source>%1 %2</source>
        <extracomment>How a contact&apos;s full name is shown: %1 first name, %2 last name. Vietnamese puts the family name first.</extracomment>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Chính</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Kinh doanh</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Kỹ thuật</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Tiếp thị</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Thanh toán</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Thêm người liên hệ</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Sửa người liên hệ</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>ten@example.com</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Họ:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Chức danh:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ContactRepository</name>
    <message>
        <source>The contact no longer exists.</source>
        <translation>Người liên hệ này không còn tồn tại.</translation>
    </message>
    <message>
        <source>The partner of this contact no longer exists.</source>
        <translation>Đối tác của người liên hệ này không còn tồn tại.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CourseDialog</name>
    <message>
        <source>&amp;Offered to partners</source>
        <translation>Cung cấp &amp;cho đối tác</translation>
    </message>
    <message>
        <source>New Course</source>
        <translation>Khóa học mới</translation>
    </message>
    <message>
        <source>e.g. NET-101</source>
        <translation>vd. NET-101</translation>
    </message>
    <message>
        <source>A short code, unique among courses; certification imports match courses by it</source>
        <translation>Mã ngắn, không trùng giữa các khóa học; khi nhập chứng chỉ, khóa học được đối chiếu theo mã này</translation>
    </message>
    <message>
        <source>e.g. Networking Fundamentals</source>
        <translation>vd. Kiến thức cơ bản về mạng</translation>
    </message>
    <message>
        <source>e.g. Networking</source>
        <translation>vd. Mạng</translation>
    </message>
    <message>
        <source>Courses and certifications of one track are counted together by tier criteria</source>
        <translation>Khóa học và chứng chỉ cùng một lộ trình được tính chung trong tiêu chí xếp hạng</translation>
    </message>
    <message>
        <source> h</source>
        <translation> giờ</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Chưa đặt</translation>
    </message>
    <message>
        <source>An inactive course stays in people&apos;s history and in existing prerequisites, but is no longer offered</source>
        <translation>Khóa học ngừng cung cấp vẫn nằm trong lịch sử của mọi người và trong các điều kiện tiên quyết hiện có, nhưng không còn được cung cấp</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>&amp;Lộ trình:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>Thời lượn&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Prerequisites:</source>
        <translation>Điều kiện tiên &amp;quyết:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>Mô &amp;tả:</translation>
    </message>
    <message>
        <source>Edit Course %1</source>
        <translation>Sửa khóa học %1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CourseTableModel</name>
    <message>
        <source>(removed course)</source>
        <translation>(khóa học đã bị xóa)</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n giờ</numerusform>
        </translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Đang cung cấp</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Ngừng cung cấp</translation>
    </message>
    <message>
        <source>No prerequisites</source>
        <translation>Không có điều kiện tiên quyết</translation>
    </message>
    <message>
        <source>To be completed before this course: %1</source>
        <translation>Cần hoàn thành trước khóa học này: %1</translation>
    </message>
    <message>
        <source>No course or certification requires this course</source>
        <translation>Không có khóa học hay chứng chỉ nào yêu cầu khóa học này</translation>
    </message>
    <message>
        <source>Required by %1</source>
        <translation>Được yêu cầu bởi %1</translation>
    </message>
    <message>
        <source>Offered to partners</source>
        <translation>Đang cung cấp cho đối tác</translation>
    </message>
    <message>
        <source>Kept for history; no longer offered</source>
        <translation>Được giữ lại làm lịch sử; không còn được cung cấp</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Lộ trình</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Điều kiện tiên quyết</translation>
    </message>
    <message>
        <source>Required by</source>
        <translation>Được yêu cầu bởi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>How many courses and certification definitions list this course as a prerequisite</source>
        <translation>Số khóa học và định nghĩa chứng chỉ liệt kê khóa học này là điều kiện tiên quyết</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Csv::CsvReader</name>
    <message>
        <source>This is an Excel workbook (.xlsx) or ZIP archive renamed to .csv; save it as CSV UTF-8 from Excel.</source>
        <translation>Đây là sổ làm việc Excel (.xlsx) hoặc tệp nén ZIP bị đổi tên thành .csv; hãy mở tệp trong Excel và lưu lại dưới dạng CSV UTF-8.</translation>
    </message>
    <message>
        <source>This is a legacy Excel workbook (.xls) renamed to .csv; save it as CSV UTF-8 from Excel.</source>
        <translation>Đây là sổ làm việc Excel định dạng cũ (.xls) bị đổi tên thành .csv; hãy mở tệp trong Excel và lưu lại dưới dạng CSV UTF-8.</translation>
    </message>
    <message>
        <source>This is a PDF document, not a CSV file.</source>
        <translation>Đây là tài liệu PDF, không phải tệp CSV.</translation>
    </message>
    <message>
        <source>This file looks like UTF-16 text without a byte-order mark; choose UTF-16LE or UTF-16BE as the encoding.</source>
        <translation>Tệp này có vẻ là văn bản UTF-16 không có dấu thứ tự byte (BOM); hãy chọn bảng mã UTF-16LE hoặc UTF-16BE.</translation>
    </message>
    <message>
        <source>This is a binary file, not CSV text (it contains NUL bytes).</source>
        <translation>Đây là tệp nhị phân, không phải văn bản CSV (tệp chứa byte NUL).</translation>
    </message>
    <message>
        <source>The file could not be read any further: %1</source>
        <translation>Không thể đọc tiếp tệp: %1</translation>
    </message>
    <message>
        <source>Line %1 contains bytes that are not valid %2 text; the row was not imported.</source>
        <translation>Dòng %1 chứa các byte không hợp lệ trong bảng mã %2; dòng này không được nhập.</translation>
    </message>
    <message>
        <source>Line %1 has text after a closing quote; it was kept as part of the value.</source>
        <translation>Dòng %1 có văn bản nằm sau dấu ngoặc kép đóng; phần văn bản này được giữ lại như một phần của giá trị.</translation>
    </message>
    <message>
        <source>The quote opened on line %1 is never closed; that line was not imported and reading continued on the next line.</source>
        <translation>Dấu ngoặc kép mở ở dòng %1 không được đóng; dòng đó không được nhập và việc đọc tiếp tục từ dòng kế tiếp.</translation>
    </message>
    <message>
        <source>Line %1 looks like a report footer (&quot;%2&quot;) and was skipped.</source>
        <translation>Dòng %1 có vẻ là phần chân trang của báo cáo (“%2”) nên đã được bỏ qua.</translation>
    </message>
    <message>
        <source>Line %1 repeats the header row (files joined together?) and was skipped.</source>
        <translation>Dòng %1 lặp lại dòng tiêu đề (các tệp bị ghép nối với nhau?) nên đã được bỏ qua.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Không thể mở %1: %2</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Không thể đọc tệp: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <source>The file has no header row: every line is blank.</source>
        <translation>Tệp không có dòng tiêu đề: mọi dòng đều trống.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>Tệp có dòng tiêu đề nhưng không có dòng dữ liệu nào.</translation>
    </message>
    <message>
        <source>Line %1 looks like UTF-8 text that was converted twice (for example “Ã©” instead of “é”); check the values or the file&apos;s encoding.</source>
        <translation>Dòng %1 có vẻ là văn bản UTF-8 đã bị chuyển đổi hai lần (ví dụ “Ã©” thay vì “é”); hãy kiểm tra các giá trị hoặc bảng mã của tệp.</translation>
    </message>
    <message>
        <source>Line %1 has a value of %2 characters; Excel cannot hold more than %3 in a cell.</source>
        <translation>Dòng %1 có một giá trị dài %2 ký tự; Excel không chứa được quá %3 ký tự trong một ô.</translation>
    </message>
    <message>
        <source>Line %1 has fewer fields than the header (%2 of %3); the missing ones were left empty.</source>
        <translation>Dòng %1 có ít trường hơn dòng tiêu đề (%2 trên %3); các trường còn thiếu được để trống.</translation>
    </message>
    <message>
        <source>Line %1 has more fields than the header (%2 instead of %3), probably because of an unquoted delimiter inside a value; the row was not imported.</source>
        <translation>Dòng %1 có nhiều trường hơn dòng tiêu đề (%2 thay vì %3), có lẽ do một dấu phân cách không nằm trong dấu ngoặc kép bên trong một giá trị; dòng này không được nhập.</translation>
    </message>
    <message>
        <source>Line %1 has empty fields after the last column (%2); they were ignored.</source>
        <translation>Dòng %1 có các trường trống sau cột cuối cùng (%2); các trường này đã được bỏ qua.</translation>
    </message>
    <message>
        <source>The delimiter must be a comma, a semicolon, a tab or a vertical bar.</source>
        <translation>Dấu phân cách phải là dấu phẩy, dấu chấm phẩy, ký tự tab hoặc dấu gạch đứng.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Csv::Dialect</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16 (little-endian)</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16 (big-endian)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Tây Âu)</translation>
    </message>
    <message>
        <source>Windows-1258 (Vietnamese)</source>
        <translation>Windows-1258 (Tiếng Việt)</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Csv::ImportField</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Tên pháp lý</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Loại đối tác</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Stage reason</source>
        <translation>Lý do chuyển giai đoạn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <source>Email domain</source>
        <translation>Tên miền email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Partnership start</source>
        <translation>Hợp tác từ ngày</translation>
    </message>
    <message>
        <source>Partnership end</source>
        <translation>Hợp tác đến ngày</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Lần đánh giá tới</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Doanh thu hằng năm</translation>
    </message>
    <message>
        <source>Revenue currency</source>
        <translation>Đơn vị tiền tệ của doanh thu</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Mã bên ngoài</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>ChannelDesk ID</source>
        <translation>Mã ChannelDesk</translation>
    </message>
    <message>
        <source>Contact first name</source>
        <translation>Tên riêng người liên hệ</translation>
    </message>
    <message>
        <source>Contact last name</source>
        <translation>Họ người liên hệ</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Họ tên người liên hệ</translation>
    </message>
    <message>
        <source>Contact job title</source>
        <translation>Chức danh người liên hệ</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Email người liên hệ</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Điện thoại người liên hệ</translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation>Vai trò người liên hệ</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Csv::ImportHistory</name>
    <message>
        <source>This import is not in the history.</source>
        <translation>Lần nhập này không có trong lịch sử.</translation>
    </message>
    <message>
        <source>This import has not been reverted, so there is nothing to re-apply.</source>
        <translation>Lần nhập này chưa được hoàn nguyên nên không có gì để áp dụng lại.</translation>
    </message>
    <message>
        <source>This import has been reverted already.</source>
        <translation>Lần nhập này đã được hoàn nguyên trước đó.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Csv::ImportMapping</name>
    <message>
        <source>There is no mapping template named “%1”.</source>
        <translation>Không có mẫu ánh xạ nào tên là “%1”.</translation>
    </message>
    <message>
        <source>The mapping template “%1” is damaged.</source>
        <translation>Mẫu ánh xạ “%1” bị hỏng.</translation>
    </message>
    <message>
        <source>Give the mapping template a name.</source>
        <translation>Hãy đặt tên cho mẫu ánh xạ.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Csv::MatchIndex</name>
    <message>
        <source>The database is not open.</source>
        <translation>Cơ sở dữ liệu chưa được mở.</translation>
    </message>
    <message>
        <source>The partners could not be read.</source>
        <translation>Không thể đọc dữ liệu đối tác.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Csv::PartnerExporter</name>
    <message>
        <source>The partners could not be read from the database; no file was written.</source>
        <translation>Không thể đọc dữ liệu đối tác từ cơ sở dữ liệu; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Đã hủy việc xuất; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>“%1” is not a column ChannelDesk can export.</source>
        <translation>“%1” không phải là cột mà ChannelDesk có thể xuất.</translation>
    </message>
    <message>
        <source>Contact columns can only be exported with one row per contact.</source>
        <translation>Chỉ có thể xuất các cột của người liên hệ khi xuất mỗi người liên hệ một dòng.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Cơ sở dữ liệu chưa được mở.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>Không thể ghi “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Không ghi được “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>Không thể lưu “%1”: %2</translation>
    </message>
    <message>
        <source>The delimiter must be a comma, a semicolon, a tab or a vertical bar.</source>
        <translation>Dấu phân cách phải là dấu phẩy, dấu chấm phẩy, ký tự tab hoặc dấu gạch đứng.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Csv::PartnerImporter</name>
    <message>
        <source>ChannelDesk ID</source>
        <translation>mã ChannelDesk</translation>
    </message>
    <message>
        <source>external ID</source>
        <translation>mã bên ngoài</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>website domain</source>
        <translation>tên miền trang web</translation>
    </message>
    <message>
        <source>name and country</source>
        <translation>tên và quốc gia</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Đã hủy việc nhập; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Choose the column that holds the partner&apos;s name: new partners need one.</source>
        <translation>Hãy chọn cột chứa tên đối tác: đối tác mới bắt buộc phải có tên.</translation>
    </message>
    <message>
        <source>None of the chosen match keys has a column in this file, so no row could update a partner.</source>
        <translation>Không khóa đối chiếu nào đã chọn có cột tương ứng trong tệp này, vì vậy không dòng nào có thể cập nhật đối tác.</translation>
    </message>
    <message>
        <source>No date in column “%1” shows whether the day or the month comes first; they were read as day/month/year.</source>
        <translation>Không có ngày nào trong cột “%1” cho biết ngày hay tháng đứng trước; các giá trị được đọc theo dạng ngày/tháng/năm.</translation>
    </message>
    <message>
        <source>No date in column “%1” shows whether the day or the month comes first; they were read as month/day/year.</source>
        <translation>Không có ngày nào trong cột “%1” cho biết ngày hay tháng đứng trước; các giá trị được đọc theo dạng tháng/ngày/năm.</translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation>Đối tác này không còn tồn tại.</translation>
    </message>
    <message>
        <source>The value in column “%1” starts with “%2”, so a spreadsheet would run it as a formula; it was stored as text.</source>
        <translation>Giá trị trong cột “%1” bắt đầu bằng “%2” nên bảng tính sẽ chạy nó như một công thức; giá trị này được lưu dưới dạng văn bản.</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not one of the choices: %3.</source>
        <translation>“%1” trong cột “%2” không thuộc các lựa chọn: %3.</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a country. Use an ISO code such as VN or DE, or the country&apos;s name.</source>
        <translation>“%1” trong cột “%2” không phải là quốc gia. Hãy dùng mã ISO như VN hoặc DE, hoặc tên quốc gia.</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a ChannelDesk ID.</source>
        <translation>“%1” trong cột “%2” không phải là mã ChannelDesk.</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a date; the field was left empty.</source>
        <translation>“%1” trong cột “%2” không phải là ngày; trường này được để trống.</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not an ISO 4217 currency code such as EUR or VND.</source>
        <translation>“%1” trong cột “%2” không phải là mã tiền tệ ISO 4217 (ví dụ EUR hoặc VND).</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not an amount; the field was left empty.</source>
        <translation>“%1” trong cột “%2” không phải là số tiền; trường này được để trống.</translation>
    </message>
    <message>
        <source>The amount “%1” in column “%2” is in %3, but the row&apos;s currency is %4.</source>
        <translation>Số tiền “%1” trong cột “%2” tính bằng %3, nhưng đơn vị tiền tệ của dòng là %4.</translation>
    </message>
    <message>
        <source>“%1” in column “%2” has more digits or decimal places than %3 amounts can have; the field was left empty.</source>
        <translation>“%1” trong cột “%2” có nhiều chữ số hoặc chữ số thập phân hơn mức cho phép của số tiền bằng %3; trường này được để trống.</translation>
    </message>
    <message>
        <source>This row has the same %1 as line %2; only the first of them is imported.</source>
        <translation>Dòng này có cùng %1 với dòng %2; chỉ dòng xuất hiện trước được nhập.</translation>
    </message>
    <message numerus="yes">
        <source>This row matches %n partners by %1; it was not imported, since guessing could change the wrong one. Make the %1 unique or match by another key.</source>
        <translation>
            <numerusform>Dòng này khớp với %n đối tác theo %1; dòng không được nhập vì việc đoán có thể làm thay đổi nhầm đối tác. Hãy đảm bảo %1 là duy nhất hoặc đối chiếu theo khóa khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>A partner with the same %1 exists already, and this import only creates new partners.</source>
        <translation>Đã có một đối tác cùng %1, trong khi lần nhập này chỉ tạo đối tác mới.</translation>
    </message>
    <message>
        <source>Line %1 already updates the same partner; only the first of them is imported.</source>
        <translation>Dòng %1 đã cập nhật chính đối tác này; chỉ dòng xuất hiện trước được nhập.</translation>
    </message>
    <message>
        <source>No partner matches this row, and this import only updates existing partners.</source>
        <translation>Không có đối tác nào khớp với dòng này, trong khi lần nhập này chỉ cập nhật đối tác hiện có.</translation>
    </message>
    <message>
        <source>The partner&apos;s name is empty.</source>
        <translation>Tên đối tác đang để trống.</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Người liên hệ: %1</translation>
    </message>
    <message>
        <source>This row adds a contact to the partner on line %1, which was not imported.</source>
        <translation>Dòng này thêm người liên hệ cho đối tác ở dòng %1, nhưng dòng đó không được nhập.</translation>
    </message>
    <message>
        <source>The rejected rows cannot be written in %1.</source>
        <translation>Không thể ghi các dòng bị từ chối bằng bảng mã %1.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>Không thể ghi “%1”: %2</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CsvPreviewModel</name>
    <message>
        <source>Line %1 will not be imported</source>
        <translation>Dòng %1 sẽ không được nhập</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Chưa chỉ định tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1” là một thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The folder for the database could not be created: %1</source>
        <translation>Không thể tạo thư mục cho cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>The database “%1” could not be opened.</source>
        <translation>Không thể mở cơ sở dữ liệu “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a ChannelDesk database, or it is damaged.</source>
        <translation>“%1” không phải là cơ sở dữ liệu ChannelDesk hoặc đã bị hỏng.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not one of ChannelDesk&apos;s. It was not changed.</source>
        <translation>“%1” là cơ sở dữ liệu SQLite nhưng không phải của ChannelDesk. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of ChannelDesk (data format %2; this version reads up to %3). Update ChannelDesk to open it. The file was not changed.</source>
        <translation>“%1” được ghi bởi một phiên bản ChannelDesk mới hơn (định dạng dữ liệu %2; phiên bản này chỉ đọc được đến định dạng dữ liệu %3). Hãy cập nhật ChannelDesk để mở tệp này. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to data format %1; it was left as it was. %2</source>
        <translation>Không thể nâng cấp cơ sở dữ liệu lên định dạng dữ liệu %1; cơ sở dữ liệu được giữ nguyên như cũ. %2</translation>
    </message>
    <message>
        <source>The database was written by a newer version of ChannelDesk.</source>
        <translation>Cơ sở dữ liệu được ghi bởi phiên bản ChannelDesk mới hơn.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DatabaseUpgradeDialog</name>
    <message>
        <source>ChannelDesk</source>
        <translation>ChannelDesk</translation>
    </message>
    <message>
        <source>Updating your data for this version of ChannelDesk…
Step %1 of %2. This can take a few minutes with a large database; each step is saved whole or not at all.</source>
        <translation>Đang cập nhật dữ liệu của bạn cho phiên bản ChannelDesk này…
Bước %1/%2. Với cơ sở dữ liệu lớn, việc này có thể mất vài phút; mỗi bước được lưu trọn vẹn hoặc không lưu gì cả.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Deal</name>
    <message>
        <source>Qualification</source>
        <translation>Đánh giá sơ bộ</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Tìm hiểu nhu cầu</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Đàm phán</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Đang xem xét</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Thắng</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Thua</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Đã chuyển đổi</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Trùng lặp</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Đã hết hạn</translation>
    </message>
    <message>
        <source>Closed for inactivity</source>
        <translation>Đóng do không hoạt động</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealActionDialog</name>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealActions</name>
    <message>
        <source>create deal %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>tạo thương vụ %1</translation>
    </message>
    <message>
        <source>edit deal %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>sửa thương vụ %1</translation>
    </message>
    <message>
        <source>delete deal %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>xóa thương vụ %1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealEditor</name>
    <message>
        <source>Select a deal to see and edit it, or create a registration with File → New Registration.</source>
        <translation>Chọn một thương vụ để xem và sửa, hoặc tạo bản đăng ký mới bằng Tệp → Đăng ký thương vụ mới.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Type a partner name (required)</source>
        <translation>Nhập tên đối tác (bắt buộc)</translation>
    </message>
    <message>
        <source>The channel account manager; the partner&apos;s owner unless you choose another</source>
        <translation>Người quản lý kênh (CAM); mặc định là người phụ trách đối tác, trừ khi bạn chọn người khác</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>Đối &amp;tác:</translation>
    </message>
    <message>
        <source>Submitted b&amp;y:</source>
        <translation>&amp;Người gửi:</translation>
    </message>
    <message>
        <source>C&amp;AM:</source>
        <translation>C&amp;AM:</translation>
    </message>
    <message>
        <source>End customer</source>
        <translation>Khách hàng cuối</translation>
    </message>
    <message>
        <source>Legal name (required)</source>
        <translation>Tên pháp lý (bắt buộc)</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Customer &amp;name:</source>
        <translation>Tên &amp;khách hàng:</translation>
    </message>
    <message>
        <source>&amp;Website or domain:</source>
        <translation>Trang &amp;web hoặc tên miền:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Quốc gia:</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>Thành &amp;phố:</translation>
    </message>
    <message>
        <source>Customer contact</source>
        <translation>Người liên hệ của khách hàng</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>ten@example.com</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Họ tên:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Thương vụ</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Thành tiền</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Thêm &amp;dòng</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>Line items:</source>
        <translation>Dòng sản phẩm:</translation>
    </message>
    <message>
        <source>Amo&amp;unt:</source>
        <translation>Số t&amp;iền:</translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation>Ngà&amp;y chốt dự kiến:</translation>
    </message>
    <message>
        <source>End of the protection period (set at approval; editable while approved)</source>
        <translation>Ngày kết thúc thời hạn bảo hộ (được đặt khi phê duyệt; có thể sửa khi bản đăng ký đang ở trạng thái Đã phê duyệt)</translation>
    </message>
    <message>
        <source>Protected unti&amp;l:</source>
        <translation>&amp;Bảo hộ đến ngày:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Giai đoạn:</translation>
    </message>
    <message>
        <source>Use stage default</source>
        <translation>Dùng giá trị mặc định của giai đoạn</translation>
    </message>
    <message>
        <source>Pro&amp;bability:</source>
        <translation>&amp;Xác suất:</translation>
    </message>
    <message>
        <source>set for this deal (stage default %1%2)</source>
        <translation>đặt riêng cho thương vụ này (mặc định của giai đoạn: %1%2)</translation>
    </message>
    <message>
        <source>Com&amp;petitor:</source>
        <translation>Đối thủ cạnh t&amp;ranh:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save changes (%1)</source>
        <translation>Lưu thay đổi (%1)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Hoàn nguyên</translation>
    </message>
    <message>
        <source>This registration is pending approval and read-only: approve or reject it first.</source>
        <translation>Bản đăng ký này đang chờ phê duyệt nên chỉ đọc: hãy phê duyệt hoặc từ chối trước.</translation>
    </message>
    <message>
        <source>This registration is closed (%1) and can no longer be changed.</source>
        <translation>Bản đăng ký này đã đóng (%1) và không thể thay đổi được nữa.</translation>
    </message>
    <message>
        <source>This registration was canceled and can no longer be changed.</source>
        <translation>Bản đăng ký này đã bị hủy và không thể thay đổi được nữa.</translation>
    </message>
    <message>
        <source>This opportunity is marked %1 and read-only; reopen it to change it.</source>
        <translation>Cơ hội này đang ở trạng thái %1 nên chỉ đọc; hãy mở lại để thay đổi.</translation>
    </message>
    <message>
        <source>This deal is read-only in its current status (%1).</source>
        <translation>Thương vụ này chỉ đọc ở trạng thái hiện tại (%1).</translation>
    </message>
    <message>
        <source>The partner of a submitted deal cannot change.</source>
        <translation>Không thể thay đổi đối tác của thương vụ đã gửi.</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(không chỉ định ai)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation>Chọn sản phẩm…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>List price %1</source>
        <translation>Giá niêm yết %1</translation>
    </message>
    <message>
        <source>The list price is in %1; enter the price in %2.</source>
        <translation>Giá niêm yết tính bằng %1; hãy nhập giá bằng %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>The sum of the line items</source>
        <translation>Tổng các dòng sản phẩm</translation>
    </message>
    <message>
        <source>the stage&apos;s default</source>
        <translation>mặc định của giai đoạn</translation>
    </message>
    <message>
        <source>Choose the partner registering this deal.</source>
        <translation>Hãy chọn đối tác đăng ký thương vụ này.</translation>
    </message>
    <message>
        <source>No partner is called “%1”: pick one from the suggestions.</source>
        <translation>Không có đối tác nào tên là “%1”: hãy chọn một đối tác trong danh sách gợi ý.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealFilterBar</name>
    <message>
        <source>Search number, customer or partner…</source>
        <translation>Tìm theo số hiệu, khách hàng hoặc đối tác…</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>Tất cả thương vụ</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Chế độ xem đã lưu</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Tất cả đang mở</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>Đang chờ tôi</translation>
    </message>
    <message numerus="yes">
        <source>Expiring in ≤ %n day(s)</source>
        <translation>
            <numerusform>Hết hạn trong ≤ %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Past close date</source>
        <translation>Quá ngày chốt</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Đình trệ</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả loại</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Đăng ký thương vụ</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Cơ hội bán hàng</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>%1 (opportunity)</source>
        <extracomment>A status of opportunities in the status filter, e.g. &quot;Open (opportunity)&quot;</extracomment>
        <translation>%1 (cơ hội)</translation>
    </message>
    <message>
        <source>All CAMs</source>
        <translation>Tất cả CAM</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <source>Clear the search, the view and all filters</source>
        <translation>Xóa nội dung tìm kiếm, chế độ xem và tất cả bộ lọc</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Bỏ bộ lọc này</translation>
    </message>
    <message>
        <source>Remove the dashboard filter</source>
        <translation>Bỏ bộ lọc từ bảng điều khiển</translation>
    </message>
    <message>
        <source>Filtered by: %1</source>
        <extracomment>The dashboard filter the deals list shows, e.g. &quot;Filtered by: Proposal, 2026-Q4&quot;</extracomment>
        <translation>Lọc theo: %1</translation>
    </message>
    <message>
        <source>Archived</source>
        <extracomment>Saved view: deals an administrator archived, and deleted drafts (DR-12)</extracomment>
        <translation>Đã lưu trữ</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealGenerator</name>
    <message>
        <source>The database is busy in another window or program. Try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang được một cửa sổ hoặc chương trình khác sử dụng. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was saved.</source>
        <translation>Ổ đĩa đã đầy. Hãy giải phóng bớt dung lượng; không có dữ liệu nào được lưu.</translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation>Tệp cơ sở dữ liệu ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>The database could not complete the operation; nothing was saved.</source>
        <translation>Cơ sở dữ liệu không thể hoàn tất thao tác; không có dữ liệu nào được lưu.</translation>
    </message>
    <message>
        <source>There are no partners to register deals for. Add or generate partners first.</source>
        <translation>Không có đối tác nào để đăng ký thương vụ. Hãy thêm hoặc tạo đối tác trước.</translation>
    </message>
    <message>
        <source>The product catalogue is empty; deals need products for their line items.</source>
        <translation>Danh mục sản phẩm đang trống; thương vụ cần có sản phẩm cho các dòng sản phẩm.</translation>
    </message>
    <message>
        <source>Same customer and products as an earlier registration</source>
        <translation>Cùng khách hàng và sản phẩm với một bản đăng ký trước đó</translation>
    </message>
    <message>
        <source>No activity from the partner</source>
        <translation>Đối tác không có hoạt động nào</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Cơ sở dữ liệu chưa được mở.</translation>
    </message>
    <message>
        <source>Deal line items could not be written in the stored format.</source>
        <translation>Không thể ghi các dòng sản phẩm của thương vụ theo định dạng lưu trữ.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealHistoryPanel</name>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Đã tạo</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Đã sửa</translation>
    </message>
    <message>
        <source>Expiry date changed</source>
        <translation>Đã đổi ngày hết hạn</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Review started</source>
        <translation>Bắt đầu xem xét</translation>
    </message>
    <message>
        <source>Sent for approval</source>
        <translation>Đã gửi phê duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Escalated to a higher approver</source>
        <translation>Đã chuyển lên người phê duyệt cấp trên</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <source>Marked as duplicate</source>
        <translation>Đã đánh dấu trùng lặp</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Closed for inactivity</source>
        <translation>Đã đóng do không hoạt động</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Đã hết hạn</translation>
    </message>
    <message>
        <source>Converted to an opportunity</source>
        <translation>Đã chuyển thành cơ hội bán hàng</translation>
    </message>
    <message>
        <source>Marked won</source>
        <translation>Đã đánh dấu thắng</translation>
    </message>
    <message>
        <source>Marked lost</source>
        <translation>Đã đánh dấu thua</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Đã mở lại</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>Đã yêu cầu gia hạn</translation>
    </message>
    <message>
        <source>Extension granted</source>
        <translation>Đã chấp thuận gia hạn</translation>
    </message>
    <message>
        <source>Extension refused</source>
        <translation>Đã từ chối gia hạn</translation>
    </message>
    <message>
        <source>ChannelDesk (scheduled)</source>
        <translation>ChannelDesk (tự động theo lịch)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>Status change in the deal history, e.g. &quot;Draft → Submitted&quot;</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Archived by an administrator</source>
        <translation>Quản trị viên đã lưu trữ</translation>
    </message>
    <message>
        <source>Restored from the archive</source>
        <translation>Đã khôi phục từ kho lưu trữ</translation>
    </message>
    <message>
        <source>Approved one stage of the approval chain</source>
        <translation>Đã phê duyệt một bước của chuỗi phê duyệt</translation>
    </message>
    <message>
        <source>Returned for information</source>
        <translation>Đã trả lại để bổ sung thông tin</translation>
    </message>
    <message>
        <source>Resubmitted as a new draft</source>
        <translation>Đã gửi lại thành bản nháp mới</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealPageLoader</name>
    <message>
        <source>The deals list could not be loaded.</source>
        <translation>Không thể tải danh sách thương vụ.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealRepository</name>
    <message>
        <source>The kind of deal</source>
        <translation>Loại thương vụ</translation>
    </message>
    <message>
        <source>The number</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>The status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>The closure code</source>
        <translation>Mã đóng</translation>
    </message>
    <message>
        <source>The submission date</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>The decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>The expiry date</source>
        <translation>Ngày hết hạn</translation>
    </message>
    <message>
        <source>The number of extensions</source>
        <translation>Số lần gia hạn</translation>
    </message>
    <message>
        <source>The extension request</source>
        <translation>Yêu cầu gia hạn</translation>
    </message>
    <message>
        <source>The approver</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <source>The link between registration and opportunity</source>
        <translation>Liên kết giữa bản đăng ký và cơ hội bán hàng</translation>
    </message>
    <message>
        <source>Say why the registration is rejected.</source>
        <translation>Hãy nêu lý do từ chối bản đăng ký.</translation>
    </message>
    <message>
        <source>Say which registration this one duplicates.</source>
        <translation>Hãy cho biết bản đăng ký này trùng với bản đăng ký nào.</translation>
    </message>
    <message>
        <source>Say why the registration is canceled.</source>
        <translation>Hãy nêu lý do hủy bản đăng ký.</translation>
    </message>
    <message>
        <source>Say why the registration is closed for inactivity.</source>
        <translation>Hãy nêu lý do đóng bản đăng ký do không hoạt động.</translation>
    </message>
    <message>
        <source>Say why the opportunity was lost.</source>
        <translation>Hãy nêu lý do thua cơ hội này.</translation>
    </message>
    <message>
        <source>Say why the opportunity is reopened.</source>
        <translation>Hãy nêu lý do mở lại cơ hội này.</translation>
    </message>
    <message>
        <source>Give a reason for &quot;%1&quot;.</source>
        <translation>Hãy nêu lý do cho thao tác “%1”.</translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation>Đối tác này không còn tồn tại.</translation>
    </message>
    <message>
        <source>No free deal number could be found.</source>
        <translation>Không tìm được số hiệu thương vụ nào còn trống.</translation>
    </message>
    <message>
        <source>The deal no longer exists.</source>
        <translation>Thương vụ này không còn tồn tại.</translation>
    </message>
    <message>
        <source>There is no deal %1.</source>
        <translation>Không có thương vụ %1.</translation>
    </message>
    <message>
        <source>%1 was deleted; restore the partner to register deals for it.</source>
        <translation>%1 đã bị xóa; hãy khôi phục đối tác này để đăng ký thương vụ cho đối tác.</translation>
    </message>
    <message>
        <source>An approved registration needs an expiry date.</source>
        <translation>Bản đăng ký đã được phê duyệt phải có ngày hết hạn.</translation>
    </message>
    <message>
        <source>%1 cannot be edited: it changes only through the deal&apos;s actions (submit, approve, extend…).</source>
        <translation>%1 không thể sửa trực tiếp: giá trị này chỉ thay đổi qua các thao tác trên thương vụ (gửi, phê duyệt, gia hạn…).</translation>
    </message>
    <message>
        <source>The partner can be changed only while the registration is a draft.</source>
        <translation>Chỉ có thể thay đổi đối tác khi bản đăng ký còn là bản nháp.</translation>
    </message>
    <message>
        <source>%1 for the same customer and products is approved and protected until %2; this registration cannot be approved before then.</source>
        <translation>%1 cho cùng khách hàng và sản phẩm đã được phê duyệt và được bảo hộ đến %2; không thể phê duyệt bản đăng ký này trước thời điểm đó.</translation>
    </message>
    <message>
        <source>%1 for the same customer and products is approved; this registration cannot be approved while it is.</source>
        <translation>%1 cho cùng khách hàng và sản phẩm đã được phê duyệt; không thể phê duyệt bản đăng ký này khi bản đó vẫn ở trạng thái Đã phê duyệt.</translation>
    </message>
    <message>
        <source>%1 for the same customer and products was submitted earlier (%2) and is still undecided; the first submitted registration is decided first.</source>
        <translation>%1 cho cùng khách hàng và sản phẩm đã được gửi trước (%2) và vẫn chưa có quyết định; bản đăng ký gửi trước sẽ được quyết định trước.</translation>
    </message>
    <message>
        <source>This registration is waiting for %1&apos;s decision.</source>
        <translation>Bản đăng ký này đang chờ %1 quyết định.</translation>
    </message>
    <message>
        <source>There is no %1 to %2 exchange rate for %3, so the approval limit cannot be checked; add the rate first.</source>
        <translation>Không có tỷ giá từ %1 sang %2 cho ngày %3 nên không thể kiểm tra hạn mức phê duyệt; hãy thêm tỷ giá trước.</translation>
    </message>
    <message>
        <source>The amount (%1) is above %2&apos;s approval limit of %3, and no one to escalate to is set.</source>
        <translation>Số tiền (%1) vượt hạn mức phê duyệt %3 của %2, và chưa thiết lập người để chuyển cấp trên.</translation>
    </message>
    <message>
        <source>The expiry date (%1) cannot be before the approval date (%2).</source>
        <translation>Ngày hết hạn (%1) không thể trước ngày phê duyệt (%2).</translation>
    </message>
    <message>
        <source>This registration is protected until %1 and cannot expire before.</source>
        <translation>Bản đăng ký này được bảo hộ đến %1 và không thể hết hạn trước ngày đó.</translation>
    </message>
    <message>
        <source>Enter the close date before marking the opportunity as won.</source>
        <translation>Hãy nhập ngày chốt trước khi đánh dấu thắng cho cơ hội.</translation>
    </message>
    <message>
        <source>Only an approved registration can be extended.</source>
        <translation>Chỉ có thể gia hạn bản đăng ký đã được phê duyệt.</translation>
    </message>
    <message numerus="yes">
        <source>This registration has been extended %n time(s), the most the program allows.</source>
        <translation>
            <numerusform>Bản đăng ký này đã được gia hạn %n lần, mức tối đa mà chương trình cho phép.</numerusform>
        </translation>
    </message>
    <message>
        <source>An extension to %1 is already waiting for a decision.</source>
        <translation>Đã có một yêu cầu gia hạn đến %1 đang chờ quyết định.</translation>
    </message>
    <message>
        <source>The new expiry must be after the current one (%1).</source>
        <translation>Ngày hết hạn mới phải sau ngày hết hạn hiện tại (%1).</translation>
    </message>
    <message>
        <source>Say why the registration needs more time.</source>
        <translation>Hãy nêu lý do bản đăng ký cần thêm thời gian.</translation>
    </message>
    <message>
        <source>There is no extension request to decide.</source>
        <translation>Không có yêu cầu gia hạn nào cần quyết định.</translation>
    </message>
    <message>
        <source>Say why the registration is withdrawn.</source>
        <translation>Hãy cho biết lý do rút đăng ký.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was recalled %n time(s), as often as the program allows (DR-02); withdraw it or let it be decided.</source>
        <translation>
            <numerusform>%1 đã được rút về %n lần, mức tối đa chương trình cho phép (DR-02); hãy rút hẳn hoặc để nó được quyết định.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an administrator can archive a deal (DR-12).</source>
        <translation>Chỉ quản trị viên mới có thể lưu trữ thương vụ (DR-12).</translation>
    </message>
    <message>
        <source>%1 is already archived.</source>
        <translation>%1 đã được lưu trữ.</translation>
    </message>
    <message>
        <source>Say why %1 is archived: the reason is kept in its history and shown to its CAM.</source>
        <translation>Hãy cho biết lý do lưu trữ %1: lý do được giữ trong lịch sử và hiển thị cho CAM phụ trách.</translation>
    </message>
    <message>
        <source>%1 is not archived.</source>
        <translation>%1 không nằm trong kho lưu trữ.</translation>
    </message>
    <message>
        <source>Only an administrator can restore an archived deal (DR-12).</source>
        <translation>Chỉ quản trị viên mới có thể khôi phục thương vụ đã lưu trữ (DR-12).</translation>
    </message>
    <message>
        <source>This registration is waiting for the decisions of %1.</source>
        <translation>Bản đăng ký này đang chờ quyết định của %1.</translation>
    </message>
    <message>
        <source>Only a registration can be resubmitted.</source>
        <translation>Chỉ bản đăng ký mới có thể được gửi lại.</translation>
    </message>
    <message>
        <source>A withdrawn registration cannot be resubmitted (DR-02).</source>
        <translation>Bản đăng ký đã rút lại không thể được gửi lại (DR-02).</translation>
    </message>
    <message>
        <source>Only an approved or a rejected registration is resubmitted (DR-02); %1 is %2.</source>
        <translation>Chỉ bản đăng ký đã phê duyệt hoặc bị từ chối mới được gửi lại (DR-02); %1 đang ở trạng thái %2.</translation>
    </message>
    <message numerus="yes">
        <source>This registration was resubmitted %n time(s), as often as the program allows (DR-02).</source>
        <translation>
            <numerusform>Bản đăng ký này đã được gửi lại %n lần, mức tối đa chương trình cho phép (DR-02).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealSettings</name>
    <message>
        <source>Enter the product code.</source>
        <translation>Hãy nhập mã sản phẩm.</translation>
    </message>
    <message>
        <source>Enter the product name.</source>
        <translation>Hãy nhập tên sản phẩm.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation>“%1” không phải là mã tiền tệ ISO 4217.</translation>
    </message>
    <message>
        <source>The list price cannot be negative.</source>
        <translation>Giá niêm yết không được âm.</translation>
    </message>
    <message>
        <source>The protection period must be at least one day.</source>
        <translation>Thời hạn bảo hộ phải ít nhất là một ngày.</translation>
    </message>
    <message>
        <source>The number of extensions cannot be negative.</source>
        <translation>Số lần gia hạn không được âm.</translation>
    </message>
    <message>
        <source>An extension must be at least one day.</source>
        <translation>Mỗi lần gia hạn phải ít nhất là một ngày.</translation>
    </message>
    <message>
        <source>The decision time must be at least one hour.</source>
        <translation>Thời hạn ra quyết định phải ít nhất là một giờ.</translation>
    </message>
    <message>
        <source>The number of days must be positive.</source>
        <translation>Số ngày phải là số dương.</translation>
    </message>
    <message>
        <source>Enter the approver of every limit.</source>
        <translation>Hãy nhập người phê duyệt cho từng hạn mức.</translation>
    </message>
    <message>
        <source>The limit of %1 cannot be negative.</source>
        <translation>Hạn mức của %1 không được âm.</translation>
    </message>
    <message>
        <source>%1 has two approval limits; keep one.</source>
        <translation>%1 có hai hạn mức phê duyệt; hãy giữ lại một.</translation>
    </message>
    <message>
        <source>The escalation from %1 comes back to %1; end the chain with someone who has no limit.</source>
        <translation>Chuỗi chuyển cấp trên từ %1 lại quay về %1; hãy kết thúc chuỗi bằng một người không có hạn mức.</translation>
    </message>
    <message>
        <source>Enter the date the %1 rate is valid from.</source>
        <translation>Hãy nhập ngày bắt đầu có hiệu lực của tỷ giá %1.</translation>
    </message>
    <message>
        <source>The %1 rate must be above zero.</source>
        <translation>Tỷ giá %1 phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quarter (for example 2026-Q4).</source>
        <translation>“%1” không phải là quý hợp lệ (ví dụ 2026-Q4).</translation>
    </message>
    <message>
        <source>The target for %1 cannot be negative.</source>
        <translation>Chỉ tiêu của %1 không được âm.</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Phần mềm</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Hỗ trợ</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Phần cứng</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Core platform licence, per user / year</source>
        <translation>Giấy phép nền tảng lõi, theo người dùng / năm</translation>
    </message>
    <message>
        <source>Core platform server licence, perpetual</source>
        <translation>Giấy phép máy chủ nền tảng lõi, vĩnh viễn</translation>
    </message>
    <message>
        <source>Analytics add-on, per user / year</source>
        <translation>Tiện ích bổ sung phân tích, theo người dùng / năm</translation>
    </message>
    <message>
        <source>Security suite, per device / year</source>
        <translation>Bộ giải pháp bảo mật, theo thiết bị / năm</translation>
    </message>
    <message>
        <source>Standard support, per year</source>
        <translation>Hỗ trợ tiêu chuẩn, theo năm</translation>
    </message>
    <message>
        <source>Premium support 24/7, per year</source>
        <translation>Hỗ trợ cao cấp 24/7, theo năm</translation>
    </message>
    <message>
        <source>Appliance S (1U, 8 cores)</source>
        <translation>Thiết bị chuyên dụng S (1U, 8 lõi)</translation>
    </message>
    <message>
        <source>Appliance L (2U, 32 cores)</source>
        <translation>Thiết bị chuyên dụng L (2U, 32 lõi)</translation>
    </message>
    <message>
        <source>Storage shelf 20 TB</source>
        <translation>Khay lưu trữ 20 TB</translation>
    </message>
    <message>
        <source>Implementation package (10 days)</source>
        <translation>Gói triển khai (10 ngày)</translation>
    </message>
    <message>
        <source>Administrator training, per seat</source>
        <translation>Đào tạo quản trị viên, theo học viên</translation>
    </message>
    <message>
        <source>Data migration, per day</source>
        <translation>Di chuyển dữ liệu, theo ngày</translation>
    </message>
    <message>
        <source>The number of recalls cannot be negative.</source>
        <translation>Số lần rút về không thể là số âm.</translation>
    </message>
    <message>
        <source>The reminder interval cannot be negative.</source>
        <translation>Khoảng thời gian nhắc nhở không được âm.</translation>
    </message>
    <message>
        <source>A rule</source>
        <translation>Một quy tắc</translation>
    </message>
    <message>
        <source>%1 names no approver; every rule needs at least one.</source>
        <translation>%1 chưa có người phê duyệt; mỗi quy tắc cần ít nhất một người.</translation>
    </message>
    <message>
        <source>%1 names an approver twice.</source>
        <translation>%1 có một người phê duyệt bị lặp lại.</translation>
    </message>
    <message>
        <source>The minimum amount of %1 cannot be negative.</source>
        <translation>Số tiền tối thiểu của %1 không được âm.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not an ISO 3166-1 country code.</source>
        <translation>&quot;%1&quot; trong %2 không phải là mã quốc gia ISO 3166-1.</translation>
    </message>
    <message>
        <source>The number of resubmissions cannot be negative.</source>
        <translation>Số lần gửi lại không được âm.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealSettingsDialog</name>
    <message>
        <source>Deal Settings</source>
        <translation>Cài đặt thương vụ</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Hạn mức</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation>Chuyển cấp trên đến</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ giá</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Giá niêm yết</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang bán</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Chương trình</translation>
    </message>
    <message>
        <source>An approver may approve deals up to their limit (in the base currency); a larger deal goes to the person named under “Escalate to”. Approvers without a row have no limit.</source>
        <translation>Mỗi người phê duyệt được phê duyệt thương vụ trong phạm vi hạn mức của mình (tính bằng tiền tệ cơ sở); thương vụ lớn hơn sẽ được chuyển đến người ghi ở cột “Chuyển cấp trên đến”. Người phê duyệt không có dòng nào ở đây thì không bị giới hạn.</translation>
    </message>
    <message>
        <source>Approval &amp;Limits</source>
        <translation>&amp;Hạn mức phê duyệt</translation>
    </message>
    <message>
        <source>How much one unit of a currency is worth in the base currency, from a date on. Reports convert each deal with the rate valid on its expected close date; deals before a currency&apos;s first rate are left out of the figures, never added unconverted.</source>
        <translation>Giá trị của một đơn vị tiền tệ tính theo tiền tệ cơ sở, áp dụng từ một ngày nhất định. Báo cáo quy đổi mỗi thương vụ theo tỷ giá có hiệu lực vào ngày chốt dự kiến của thương vụ đó; các thương vụ có ngày chốt trước tỷ giá đầu tiên của loại tiền tệ tương ứng sẽ bị loại khỏi số liệu, không bao giờ được cộng vào khi chưa quy đổi.</translation>
    </message>
    <message>
        <source>Currency &amp;Rates</source>
        <translation>Tỷ &amp;giá</translation>
    </message>
    <message>
        <source>The pipeline target of each quarter (for example 2026-Q4), in the base currency. Coverage on the dashboard is open pipeline divided by the target.</source>
        <translation>Chỉ tiêu pipeline của từng quý (ví dụ 2026-Q4), tính bằng tiền tệ cơ sở. Độ phủ trên bảng điều khiển bằng pipeline đang mở chia cho chỉ tiêu.</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>Chỉ &amp;tiêu</translation>
    </message>
    <message>
        <source>Products deals pick their line items from. Deals keep the code of a product, so a saved product cannot be renamed to another code or removed: clear “Active” to stop offering it.</source>
        <translation>Các sản phẩm mà thương vụ dùng để chọn dòng sản phẩm. Thương vụ lưu mã của sản phẩm, vì vậy sản phẩm đã lưu không thể đổi sang mã khác hoặc bị xóa: hãy bỏ chọn “Đang bán” để ngừng cung cấp sản phẩm đó.</translation>
    </message>
    <message>
        <source>Pro&amp;ducts</source>
        <translation>&amp;Sản phẩm</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>An approved registration is protected for this long (DR-06)</source>
        <translation>Thời gian bảo hộ một bản đăng ký đã được phê duyệt (DR-06)</translation>
    </message>
    <message>
        <source>How many times the protection of one registration may be extended (DR-09)</source>
        <translation>Số lần tối đa có thể gia hạn bảo hộ cho một bản đăng ký (DR-09)</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> giờ</translation>
    </message>
    <message>
        <source>Submissions waiting longer than this for a decision are flagged (DR-13)</source>
        <translation>Các bản đăng ký chờ quyết định lâu hơn thời gian này sẽ được gắn cờ (DR-13)</translation>
    </message>
    <message>
        <source>An open deal nobody has changed for this long counts as stalled (PIPE-03)</source>
        <translation>Thương vụ đang mở không được ai thay đổi trong khoảng thời gian này sẽ được coi là đình trệ (PIPE-03)</translation>
    </message>
    <message>
        <source>ISO 4217 code of the currency reports, limits and targets are in (USD, EUR, VND…)</source>
        <translation>Mã ISO 4217 của loại tiền tệ dùng cho báo cáo, hạn mức và chỉ tiêu (USD, EUR, VND…)</translation>
    </message>
    <message>
        <source>Your user name as CAM and approver, for “Waiting for me”; empty: your computer user name</source>
        <translation>Tên người dùng của bạn với vai trò CAM và người phê duyệt, dùng cho chế độ xem “Đang chờ tôi”; để trống: dùng tên người dùng trên máy tính của bạn</translation>
    </message>
    <message>
        <source>Protection peri&amp;od:</source>
        <translation>Thời hạn &amp;bảo hộ:</translation>
    </message>
    <message>
        <source>&amp;Extensions allowed:</source>
        <translation>Số &amp;lần gia hạn tối đa:</translation>
    </message>
    <message>
        <source>Default e&amp;xtension:</source>
        <translation>Gia hạn &amp;mặc định:</translation>
    </message>
    <message>
        <source>Decision wit&amp;hin:</source>
        <translation>&amp;Quyết định trong vòng:</translation>
    </message>
    <message>
        <source>Expiring soon &amp;window:</source>
        <translation>Báo sắp hết hạ&amp;n trước:</translation>
    </message>
    <message>
        <source>Stalled a&amp;fter:</source>
        <translation>Coi là đình trệ s&amp;au:</translation>
    </message>
    <message>
        <source>&amp;Base currency:</source>
        <translation>T&amp;iền tệ cơ sở:</translation>
    </message>
    <message>
        <source>&amp;Me (user name):</source>
        <translation>Tôi (tên người &amp;dùng):</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Thê&amp;m</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Limit (%1)</source>
        <translation>Hạn mức (%1)</translation>
    </message>
    <message>
        <source>Target (%1)</source>
        <translation>Chỉ tiêu (%1)</translation>
    </message>
    <message>
        <source>Rate (in %1)</source>
        <translation>Tỷ giá (theo %1)</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Không thể đọc cài đặt: %1</translation>
    </message>
    <message>
        <source>Deals refer to a product by its code, so it cannot change</source>
        <translation>Thương vụ tham chiếu sản phẩm theo mã nên không thể đổi mã</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>%1 = row number in a settings table, %2 = what is wrong there</extracomment>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a currency code. Enter the three-letter ISO 4217 code of the base currency, for example USD or EUR.</source>
        <translation>“%1” không phải là mã tiền tệ. Hãy nhập mã ISO 4217 gồm ba chữ cái của tiền tệ cơ sở, ví dụ USD hoặc EUR.</translation>
    </message>
    <message>
        <source>Enter the approver&apos;s user name.</source>
        <translation>Hãy nhập tên người dùng của người phê duyệt.</translation>
    </message>
    <message>
        <source>%1 already has a limit; keep one row per approver.</source>
        <translation>%1 đã có hạn mức; mỗi người phê duyệt chỉ giữ một dòng.</translation>
    </message>
    <message>
        <source>Enter the limit in %1.</source>
        <translation>Hãy nhập hạn mức bằng %1.</translation>
    </message>
    <message>
        <source>The limit of %1 cannot be negative.</source>
        <translation>Hạn mức của %1 không được âm.</translation>
    </message>
    <message>
        <source>%1 cannot escalate to themselves.</source>
        <translation>%1 không thể chuyển cấp trên cho chính mình.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code. Enter a three-letter ISO 4217 code such as EUR.</source>
        <translation>“%1” không phải là mã tiền tệ. Hãy nhập mã ISO 4217 gồm ba chữ cái, ví dụ EUR.</translation>
    </message>
    <message>
        <source>%1 is the base currency; it needs no rate.</source>
        <translation>%1 là tiền tệ cơ sở nên không cần tỷ giá.</translation>
    </message>
    <message>
        <source>Enter the date the rate is valid from.</source>
        <translation>Hãy nhập ngày bắt đầu có hiệu lực của tỷ giá.</translation>
    </message>
    <message>
        <source>There is already a %1 rate from %2.</source>
        <translation>Đã có tỷ giá %1 áp dụng từ %2.</translation>
    </message>
    <message>
        <source>Enter the rate as a number above zero: how many %1 one %2 is worth.</source>
        <translation>Hãy nhập tỷ giá là một số lớn hơn 0: một %2 bằng bao nhiêu %1.</translation>
    </message>
    <message>
        <source>“%1” is not a quarter; write it like 2026-Q4.</source>
        <translation>“%1” không phải là quý hợp lệ; hãy viết theo dạng 2026-Q4.</translation>
    </message>
    <message>
        <source>%1 is listed twice; keep one target per quarter.</source>
        <translation>%1 xuất hiện hai lần; mỗi quý chỉ giữ một chỉ tiêu.</translation>
    </message>
    <message>
        <source>Enter the target in %1.</source>
        <translation>Hãy nhập chỉ tiêu bằng %1.</translation>
    </message>
    <message>
        <source>The target for %1 cannot be negative.</source>
        <translation>Chỉ tiêu của %1 không được âm.</translation>
    </message>
    <message>
        <source>Enter the product code.</source>
        <translation>Hãy nhập mã sản phẩm.</translation>
    </message>
    <message>
        <source>The code %1 is used twice; product codes must be unique.</source>
        <translation>Mã %1 được dùng hai lần; mã sản phẩm phải là duy nhất.</translation>
    </message>
    <message>
        <source>Enter the product name.</source>
        <translation>Hãy nhập tên sản phẩm.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code. Enter a three-letter ISO 4217 code such as USD.</source>
        <translation>“%1” không phải là mã tiền tệ. Hãy nhập mã ISO 4217 gồm ba chữ cái, ví dụ USD.</translation>
    </message>
    <message>
        <source>The list price cannot be negative.</source>
        <translation>Giá niêm yết không được âm.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Không có gì được lưu. %1</translation>
    </message>
    <message>
        <source>How many times one registration may be recalled to draft and submitted again (DR-02)</source>
        <translation>Số lần một đăng ký có thể được rút về bản nháp và gửi lại (DR-02)</translation>
    </message>
    <message>
        <source>Recalls per re&amp;gistration:</source>
        <translation>Số lần rút về mỗi đăn&amp;g ký:</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>From amount</source>
        <translation>Từ số tiền</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <source>All at once</source>
        <translation>Cùng lúc</translation>
    </message>
    <message>
        <source>When a registration is sent for approval, every rule whose conditions it meets (amount in the base currency at least, customer country, a product; empty = any) adds its approvers to the chain, in this order: one after another, or all at once when ticked. Everyone must approve; one rejection ends it. Without a matching rule the CAM approves (DR-03).</source>
        <translation>Khi một bản đăng ký được gửi phê duyệt, mỗi quy tắc mà nó thỏa mãn mọi điều kiện (số tiền quy đổi sang tiền tệ gốc tối thiểu, quốc gia của khách hàng, một sản phẩm; để trống = bất kỳ) sẽ thêm người phê duyệt của quy tắc vào chuỗi, theo thứ tự này: lần lượt từng người, hoặc cùng lúc khi được đánh dấu. Tất cả phải phê duyệt; chỉ một lần từ chối là kết thúc. Nếu không có quy tắc nào phù hợp, CAM sẽ phê duyệt (DR-03).</translation>
    </message>
    <message>
        <source>Approval Ro&amp;uting</source>
        <translation>Định t&amp;uyến phê duyệt</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Không bao giờ</translation>
    </message>
    <message>
        <source>How often ChannelDesk reminds you of registrations waiting for your approval (DR-03)</source>
        <translation>Tần suất ChannelDesk nhắc bạn về các bản đăng ký đang chờ bạn phê duyệt (DR-03)</translation>
    </message>
    <message>
        <source>Remind approvers e&amp;very:</source>
        <translation>Nhắc người &amp;phê duyệt sau mỗi:</translation>
    </message>
    <message>
        <source>Ticked: the approvers decide at the same time and all must approve; otherwise one after another, in the listed order</source>
        <translation>Đánh dấu: những người phê duyệt quyết định cùng lúc và tất cả phải phê duyệt; nếu không, lần lượt từng người theo thứ tự đã liệt kê</translation>
    </message>
    <message>
        <source>Name the approvers of this rule (user names, separated by commas).</source>
        <translation>Hãy nêu người phê duyệt của quy tắc này (tên người dùng, cách nhau bằng dấu phẩy).</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Số tiền không được âm.</translation>
    </message>
    <message>
        <source>“%1” is not a country code; use ISO 3166-1 codes such as VN or DE.</source>
        <translation>“%1” không phải là mã quốc gia; hãy dùng mã ISO 3166-1 như VN hoặc DE.</translation>
    </message>
    <message>
        <source>How many times an approved or rejected registration may be resubmitted as a new draft (DR-02)</source>
        <translation>Số lần một bản đăng ký đã phê duyệt hoặc bị từ chối có thể được gửi lại thành bản nháp mới (DR-02)</translation>
    </message>
    <message>
        <source>Resubm&amp;issions per registration:</source>
        <translation>Số lần gửi lại mỗi đăng &amp;ký:</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealTableModel</name>
    <message>
        <source>When the registration was submitted; for one pending approval, how long it has been waiting</source>
        <translation>Thời điểm bản đăng ký được gửi; với bản đăng ký đang chờ phê duyệt là thời gian đã chờ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Xác suất</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ngày chốt dự kiến</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>CAM</source>
        <translation>CAM</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Deal status with its closure code, e.g. &quot;Closed (Converted)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>waiting %Ln hour(s)</source>
        <translation>
            <numerusform>đang chờ %Ln giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %Ln day(s)</source>
        <translation>
            <numerusform>đang chờ %Ln ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submitted %1, waiting for %2: past the %n-hour decision target</source>
        <translation>
            <numerusform>Gửi lúc %1, đang chờ %2: đã quá thời hạn quyết định %n giờ</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted %1, waiting for %2</source>
        <translation>Gửi lúc %1, đang chờ %2</translation>
    </message>
    <message>
        <source>Set for this deal (the stage default is %1%2)</source>
        <translation>Đặt riêng cho thương vụ này (mặc định của giai đoạn là %1%2)</translation>
    </message>
    <message>
        <source>The stage&apos;s default probability</source>
        <translation>Xác suất mặc định của giai đoạn</translation>
    </message>
    <message>
        <source>Extension to %1 requested</source>
        <translation>Đã yêu cầu gia hạn đến %1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealTask</name>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Canceled</source>
        <extracomment>A task canceled because its registration left the active states (DR-11)</extracomment>
        <translation>Đã hủy</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealTaskDialog</name>
    <message>
        <source>New Task</source>
        <translation>Công việc mới</translation>
    </message>
    <message>
        <source>Edit Task</source>
        <translation>Sửa công việc</translation>
    </message>
    <message>
        <source>Required, e.g. &quot;Call the customer&apos;s buyer&quot;</source>
        <translation>Bắt buộc, ví dụ &quot;Gọi cho người phụ trách mua hàng của khách&quot;</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Chưa giao</translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation>Thêm công việc</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>Công &amp;việc:</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Giao cho:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Hạn:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealTaskRepository</name>
    <message>
        <source>The task no longer exists.</source>
        <translation>Công việc này không còn tồn tại.</translation>
    </message>
    <message>
        <source>Give the task a title.</source>
        <translation>Hãy đặt tiêu đề cho công việc.</translation>
    </message>
    <message numerus="yes">
        <source>A task title is at most %n character(s).</source>
        <translation>
            <numerusform>Tiêu đề công việc dài tối đa %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>The task was deleted.</source>
        <translation>Công việc này đã bị xóa.</translation>
    </message>
    <message>
        <source>A canceled task cannot be done or reopened.</source>
        <translation>Công việc đã hủy không thể đánh dấu xong hay mở lại.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealTasksPanel</name>
    <message>
        <source>&amp;Add Task…</source>
        <translation>&amp;Thêm công việc…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>De&amp;lete Task</source>
        <translation>&amp;Xóa công việc</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Giao cho</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>No tasks yet. Tasks are internal: partners never see them.</source>
        <translation>Chưa có công việc nào. Công việc là nội bộ: đối tác không bao giờ nhìn thấy.</translation>
    </message>
    <message>
        <source>Tick a task when it is done. Tasks are internal: partners never see them.</source>
        <translation>Đánh dấu công việc khi đã xong. Công việc là nội bộ: đối tác không bao giờ nhìn thấy.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealValidator</name>
    <message numerus="yes">
        <source>%1 is too long: at most %n characters.</source>
        <translation>
            <numerusform>%1 quá dài: tối đa %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer name</source>
        <translation>Tên khách hàng</translation>
    </message>
    <message>
        <source>The customer website</source>
        <translation>Trang web của khách hàng</translation>
    </message>
    <message>
        <source>The customer city</source>
        <translation>Thành phố của khách hàng</translation>
    </message>
    <message>
        <source>The customer contact&apos;s name</source>
        <translation>Tên người liên hệ của khách hàng</translation>
    </message>
    <message>
        <source>The customer contact&apos;s e-mail</source>
        <translation>Email người liên hệ của khách hàng</translation>
    </message>
    <message>
        <source>The customer contact&apos;s phone</source>
        <translation>Điện thoại người liên hệ của khách hàng</translation>
    </message>
    <message>
        <source>The channel account manager</source>
        <translation>Người quản lý kênh (CAM)</translation>
    </message>
    <message>
        <source>The approver</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <source>The competitor</source>
        <translation>Đối thủ cạnh tranh</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>The extension reason</source>
        <translation>Lý do gia hạn</translation>
    </message>
    <message>
        <source>Enter the end customer&apos;s name.</source>
        <translation>Hãy nhập tên khách hàng cuối.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a website or domain (for example acme.com).</source>
        <translation>“%1” không phải là trang web hoặc tên miền hợp lệ (ví dụ acme.com).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code.</source>
        <translation>“%1” không phải là mã quốc gia ISO 3166.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>“%1” không phải là địa chỉ email hợp lệ.</translation>
    </message>
    <message>
        <source>Line %1: choose a product.</source>
        <translation>Dòng %1: hãy chọn sản phẩm.</translation>
    </message>
    <message>
        <source>Line %1 (%2): the quantity must be at least 1.</source>
        <translation>Dòng %1 (%2): số lượng phải ít nhất là 1.</translation>
    </message>
    <message>
        <source>Line %1 (%2): the unit price cannot be negative.</source>
        <translation>Dòng %1 (%2): đơn giá không được âm.</translation>
    </message>
    <message>
        <source>Line %1: the amount is too large.</source>
        <translation>Dòng %1: số tiền quá lớn.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Số tiền không được âm.</translation>
    </message>
    <message>
        <source>Choose the deal&apos;s currency.</source>
        <translation>Hãy chọn đơn vị tiền tệ của thương vụ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation>“%1” không phải là mã tiền tệ ISO 4217.</translation>
    </message>
    <message>
        <source>The amount (%1) must equal the sum of the line items (%2).</source>
        <translation>Số tiền (%1) phải bằng tổng các dòng sản phẩm (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of deal.</source>
        <translation>“%1” không phải là loại thương vụ hợp lệ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status of a deal registration.</source>
        <translation>“%1” không phải là trạng thái của đăng ký thương vụ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status of an opportunity.</source>
        <translation>“%1” không phải là trạng thái của cơ hội bán hàng.</translation>
    </message>
    <message>
        <source>A closed registration needs a closure code (converted, rejected, duplicate, expired or inactive).</source>
        <translation>Bản đăng ký đã đóng phải có mã đóng (đã chuyển đổi, bị từ chối, trùng lặp, hết hạn hoặc không hoạt động).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a closure code.</source>
        <translation>“%1” không phải là mã đóng hợp lệ.</translation>
    </message>
    <message>
        <source>Only a closed registration has a closure code; this deal is %1.</source>
        <translation>Chỉ bản đăng ký đã đóng mới có mã đóng; thương vụ này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sales stage.</source>
        <translation>“%1” không phải là giai đoạn bán hàng hợp lệ.</translation>
    </message>
    <message>
        <source>The probability must be between 0 and 100 %; it is %1.</source>
        <translation>Xác suất phải nằm trong khoảng từ 0 đến 100 %; giá trị hiện tại là %1.</translation>
    </message>
    <message>
        <source>The number of extensions cannot be negative.</source>
        <translation>Số lần gia hạn không được âm.</translation>
    </message>
    <message>
        <source>Choose the partner who registers the deal.</source>
        <translation>Hãy chọn đối tác đăng ký thương vụ.</translation>
    </message>
    <message>
        <source>A registration cannot become an opportunity by editing, nor the reverse; convert an approved registration instead.</source>
        <translation>Không thể biến bản đăng ký thành cơ hội bán hàng (hoặc ngược lại) bằng cách sửa; thay vào đó, hãy chuyển đổi một bản đăng ký đã được phê duyệt.</translation>
    </message>
    <message>
        <source>The number %1 identifies the deal and cannot change.</source>
        <translation>Số hiệu %1 dùng để định danh thương vụ nên không thể thay đổi.</translation>
    </message>
    <message>
        <source>Add at least one product line before submitting the registration.</source>
        <translation>Hãy thêm ít nhất một dòng sản phẩm trước khi gửi bản đăng ký.</translation>
    </message>
    <message>
        <source>Enter the expected close date before submitting the registration.</source>
        <translation>Hãy nhập ngày chốt dự kiến trước khi gửi bản đăng ký.</translation>
    </message>
    <message>
        <source>A registration needs an amount above zero to be submitted.</source>
        <translation>Bản đăng ký phải có số tiền lớn hơn 0 mới gửi được.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealWorkflow</name>
    <message>
        <source>%1 (%2)</source>
        <comment>status (closure code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A registration in Pending approval is read-only: approve or reject it first.</source>
        <translation>Bản đăng ký ở trạng thái Chờ phê duyệt chỉ đọc: hãy phê duyệt hoặc từ chối trước.</translation>
    </message>
    <message>
        <source>This registration is closed (%1) and read-only.</source>
        <translation>Bản đăng ký này đã đóng (%1) và chỉ đọc.</translation>
    </message>
    <message>
        <source>This registration is closed and read-only.</source>
        <translation>Bản đăng ký này đã đóng và chỉ đọc.</translation>
    </message>
    <message>
        <source>This registration was canceled and is read-only.</source>
        <translation>Bản đăng ký này đã bị hủy và chỉ đọc.</translation>
    </message>
    <message>
        <source>A won opportunity is read-only: reopen it to change it.</source>
        <translation>Cơ hội đã thắng chỉ đọc: hãy mở lại để thay đổi.</translation>
    </message>
    <message>
        <source>A lost opportunity is read-only: reopen it to change it.</source>
        <translation>Cơ hội đã thua chỉ đọc: hãy mở lại để thay đổi.</translation>
    </message>
    <message>
        <source>A rejected registration cannot be submitted again; create a new registration instead.</source>
        <translation>Không thể gửi lại bản đăng ký đã bị từ chối; thay vào đó, hãy tạo bản đăng ký mới.</translation>
    </message>
    <message>
        <source>Only a draft can be submitted; this registration is %1.</source>
        <translation>Chỉ có thể gửi bản nháp; bản đăng ký này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Only a submitted registration can be taken for review; this one is %1.</source>
        <translation>Chỉ có thể nhận xem xét bản đăng ký đã gửi; bản này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Only a registration under review can be sent for approval; this one is %1.</source>
        <translation>Chỉ có thể gửi phê duyệt bản đăng ký đang được xem xét; bản này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>A registration rejected once cannot be approved (DR-01).</source>
        <translation>Bản đăng ký đã từng bị từ chối thì không thể được phê duyệt (DR-01).</translation>
    </message>
    <message>
        <source>Only a registration pending approval can be approved; this one is %1.</source>
        <translation>Chỉ có thể phê duyệt bản đăng ký đang chờ phê duyệt; bản này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Only a registration under review or pending approval can be rejected; this one is %1.</source>
        <translation>Chỉ có thể từ chối bản đăng ký đang được xem xét hoặc đang chờ phê duyệt; bản này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Only a registration under review can be marked as a duplicate; this one is %1.</source>
        <translation>Chỉ có thể đánh dấu trùng lặp cho bản đăng ký đang được xem xét; bản này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Only a submitted, under review or approved registration can be canceled; this one is %1.</source>
        <translation>Chỉ có thể hủy bản đăng ký đã gửi, đang được xem xét hoặc đã được phê duyệt; bản này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Only an approved registration can be closed for inactivity; this one is %1.</source>
        <translation>Chỉ có thể đóng do không hoạt động đối với bản đăng ký đã được phê duyệt; bản này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Only an approved registration can expire; this one is %1.</source>
        <translation>Chỉ bản đăng ký đã được phê duyệt mới có thể hết hạn; bản này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Only an approved registration can be converted to an opportunity; this one is %1.</source>
        <translation>Chỉ có thể chuyển bản đăng ký đã được phê duyệt thành cơ hội bán hàng; bản này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Only an open opportunity can be marked as won; this one is %1.</source>
        <translation>Chỉ có thể đánh dấu thắng cho cơ hội đang mở; cơ hội này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Only an open opportunity can be marked as lost; this one is %1.</source>
        <translation>Chỉ có thể đánh dấu thua cho cơ hội đang mở; cơ hội này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Only a won or lost opportunity can be reopened; this one is %1.</source>
        <translation>Chỉ có thể mở lại cơ hội đã thắng hoặc đã thua; cơ hội này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Giao cho tôi</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>Gửi phê duyệt</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Mark as duplicate</source>
        <translation>Đánh dấu trùng lặp</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Hủy bản đăng ký</translation>
    </message>
    <message>
        <source>Close for inactivity</source>
        <translation>Đóng do không hoạt động</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Cho hết hạn</translation>
    </message>
    <message>
        <source>Convert to opportunity</source>
        <translation>Chuyển thành cơ hội</translation>
    </message>
    <message>
        <source>Mark as won</source>
        <translation>Đánh dấu thắng</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Đánh dấu thua</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is unknown to this version of ChannelDesk.</source>
        <translation>Phiên bản ChannelDesk này không nhận biết trạng thái “%1”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; applies to deal registrations, and this is an opportunity.</source>
        <translation>“%1” chỉ áp dụng cho đăng ký thương vụ, trong khi đây là cơ hội bán hàng.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; applies to opportunities, and this is a registration.</source>
        <translation>“%1” chỉ áp dụng cho cơ hội bán hàng, trong khi đây là bản đăng ký thương vụ.</translation>
    </message>
    <message>
        <source>A deal in status %1 cannot be edited.</source>
        <translation>Không thể sửa thương vụ ở trạng thái %1.</translation>
    </message>
    <message>
        <source>This deal is already deleted.</source>
        <translation>Thương vụ này đã bị xóa.</translation>
    </message>
    <message>
        <source>An opportunity cannot be deleted; mark it as lost instead.</source>
        <translation>Không thể xóa cơ hội bán hàng; thay vào đó, hãy đánh dấu thua.</translation>
    </message>
    <message>
        <source>Only a draft registration can be deleted.</source>
        <translation>Chỉ có thể xóa bản đăng ký nháp.</translation>
    </message>
    <message>
        <source>A withdrawn registration cannot be submitted again (DR-02); create a new registration instead.</source>
        <translation>Đăng ký đã rút không thể gửi lại (DR-02); hãy tạo một đăng ký mới.</translation>
    </message>
    <message>
        <source>Only a submission not yet decided (submitted, under review or pending approval) can be recalled; this registration is %1.</source>
        <translation>Chỉ có thể rút về một đăng ký chưa được quyết định (đã gửi, đang xem xét hoặc chờ phê duyệt); đăng ký này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>An approved registration cannot be withdrawn (DR-02); cancel it instead.</source>
        <translation>Không thể rút một đăng ký đã được phê duyệt (DR-02); hãy hủy nó.</translation>
    </message>
    <message>
        <source>Only a submission not yet decided (submitted, under review or pending approval) can be withdrawn; this registration is %1.</source>
        <translation>Chỉ có thể rút một đăng ký chưa được quyết định (đã gửi, đang xem xét hoặc chờ phê duyệt); đăng ký này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Recall to draft</source>
        <translation>Rút về bản nháp</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Rút đăng ký</translation>
    </message>
    <message>
        <source>This deal is archived (deleted); restore it from the Archived view first.</source>
        <translation>Thương vụ này đã được lưu trữ (đã xóa); hãy khôi phục nó từ chế độ xem Đã lưu trữ trước.</translation>
    </message>
    <message>
        <source>Tasks belong to deal registrations, not to opportunities (DR-11).</source>
        <translation>Công việc thuộc về bản đăng ký thương vụ, không thuộc về cơ hội bán hàng (DR-11).</translation>
    </message>
    <message>
        <source>Tasks can be added once the registration is submitted (DR-11).</source>
        <translation>Chỉ có thể thêm công việc sau khi bản đăng ký đã được gửi (DR-11).</translation>
    </message>
    <message>
        <source>This registration is closed or canceled: it takes no more tasks (DR-11).</source>
        <translation>Bản đăng ký này đã đóng hoặc đã hủy: không thể thêm công việc nữa (DR-11).</translation>
    </message>
    <message>
        <source>Only a registration pending approval can be returned for information; this one is %1.</source>
        <translation>Chỉ bản đăng ký đang chờ phê duyệt mới có thể trả lại để bổ sung thông tin; bản này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Return for information</source>
        <translation>Trả lại để bổ sung</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealsScreen</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Chi tiết</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Lịch sử</translation>
    </message>
    <message>
        <source>New &amp;Registration</source>
        <translation>Đăng ký thương &amp;vụ mới</translation>
    </message>
    <message>
        <source>&amp;Delete Draft Registration</source>
        <translation>&amp;Xóa bản đăng ký nháp</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>Bản đăng ký mới</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>Detail panel title: number, kind and status, e.g. &quot;DR-2611-7KQ3MZ · Registration · Pending approval&quot;</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Đăng ký thương vụ</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Cơ hội bán hàng</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Grant extension to %1</source>
        <translation>Chấp thuận gia hạn đến %1</translation>
    </message>
    <message>
        <source>Refuse extension…</source>
        <translation>Từ chối gia hạn…</translation>
    </message>
    <message>
        <source>Request extension…</source>
        <translation>Yêu cầu gia hạn…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Xóa bản nháp</translation>
    </message>
    <message>
        <source>Only a draft can be deleted; Edit → Undo brings it back.</source>
        <translation>Chỉ có thể xóa bản nháp; Sửa → Hoàn tác sẽ khôi phục lại.</translation>
    </message>
    <message>
        <source>Save or revert the changes first: %1</source>
        <translation>Hãy lưu hoặc hoàn nguyên các thay đổi trước: %1</translation>
    </message>
    <message>
        <source>Approve %1 for %2? The partner&apos;s registration is protected until the date below.</source>
        <translation>Bạn có muốn phê duyệt %1 cho %2 không? Bản đăng ký của đối tác sẽ được bảo hộ đến ngày dưới đây.</translation>
    </message>
    <message>
        <source>Protected &amp;until:</source>
        <translation>&amp;Bảo hộ đến ngày:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>%1 — a similar registration is protected</source>
        <translation>%1 — có một bản đăng ký tương tự đang được bảo hộ</translation>
    </message>
    <message>
        <source>%1 %2: say why. The reason is kept in the history.</source>
        <translation>%1 %2: hãy nêu lý do. Lý do sẽ được lưu trong lịch sử.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Converted: opportunity %1 was created with the registration&apos;s line items.</source>
        <translation>Đã chuyển đổi: cơ hội %1 đã được tạo với các dòng sản phẩm của bản đăng ký.</translation>
    </message>
    <message>
        <source>%1 converted to opportunity %2</source>
        <translation>Đã chuyển %1 thành cơ hội %2</translation>
    </message>
    <message>
        <source>The amount is above your approval limit: the registration now waits for %1.</source>
        <translation>Số tiền vượt hạn mức phê duyệt của bạn: bản đăng ký hiện đang chờ %1 phê duyệt.</translation>
    </message>
    <message>
        <source>Approved; protected until %1.</source>
        <translation>Đã phê duyệt; được bảo hộ đến %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Request extension</source>
        <translation>Yêu cầu gia hạn</translation>
    </message>
    <message>
        <source>Ask for a longer protection period for %1 (DR-09). An approver decides.</source>
        <translation>Yêu cầu kéo dài thời hạn bảo hộ cho %1 (DR-09). Người phê duyệt sẽ quyết định.</translation>
    </message>
    <message>
        <source>New &amp;expiry:</source>
        <translation>Ngày hết hạn &amp;mới:</translation>
    </message>
    <message>
        <source>Extension to %1 requested.</source>
        <translation>Đã yêu cầu gia hạn đến %1.</translation>
    </message>
    <message>
        <source>Refuse extension</source>
        <translation>Từ chối gia hạn</translation>
    </message>
    <message>
        <source>Refuse the extension of %1: say why.</source>
        <translation>Từ chối gia hạn cho %1: hãy nêu lý do.</translation>
    </message>
    <message>
        <source>Extension granted: protected until %1.</source>
        <translation>Đã chấp thuận gia hạn: được bảo hộ đến %1.</translation>
    </message>
    <message>
        <source>Extension refused.</source>
        <translation>Đã từ chối gia hạn.</translation>
    </message>
    <message>
        <source>Only a draft registration can be deleted; cancel or close this one instead.</source>
        <translation>Chỉ có thể xóa bản đăng ký nháp; thay vào đó, hãy hủy hoặc đóng bản đăng ký này.</translation>
    </message>
    <message>
        <source>Draft %1 deleted. Edit → Undo brings it back.</source>
        <translation>Đã xóa bản nháp %1. Sửa → Hoàn tác sẽ khôi phục lại.</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) expired: the protection period ended.</source>
        <translation>
            <numerusform>%n bản đăng ký đã hết hạn: thời hạn bảo hộ đã kết thúc.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved registration(s) expire within %1 days. &lt;a href=&quot;#expiring&quot;&gt;Show them&lt;/a&gt;</source>
        <translation>
            <numerusform>%n bản đăng ký đã phê duyệt sẽ hết hạn trong vòng %1 ngày. &lt;a href=&quot;#expiring&quot;&gt;Xem danh sách&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No deal matches the search, view and filters.</source>
        <translation>Không có thương vụ nào phù hợp với nội dung tìm kiếm, chế độ xem và bộ lọc.</translation>
    </message>
    <message>
        <source>No deals yet. Use File → New Registration (%1) to register one.</source>
        <translation>Chưa có thương vụ nào. Hãy dùng Tệp → Đăng ký thương vụ mới (%1) để đăng ký.</translation>
    </message>
    <message>
        <source>Loading deals…</source>
        <translation>Đang tải danh sách thương vụ…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) match</source>
        <translation>
            <numerusform>%Ln thương vụ phù hợp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln thương vụ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, archived</source>
        <extracomment>Detail panel title of an archived deal&apos;s status (DR-12), e.g. &quot;Approved, archived&quot;</extracomment>
        <translation>%1, đã lưu trữ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Brings the deal back to the lists and reports, in the status it had.</source>
        <translation>Đưa thương vụ trở lại các danh sách và báo cáo, với trạng thái trước đó.</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Lưu trữ…</translation>
    </message>
    <message>
        <source>Takes the deal out of every list and report, with a reason, and tells its CAM. Nothing is deleted: the Archived view keeps it.</source>
        <translation>Đưa thương vụ ra khỏi mọi danh sách và báo cáo, kèm lý do, và báo cho CAM phụ trách. Không có gì bị xóa: chế độ xem Đã lưu trữ vẫn giữ nó.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <source>Archive %1? It leaves every list, view and report, and %2 is told. Nothing is deleted: the Archived view keeps it with its history, and it can be restored.</source>
        <translation>Lưu trữ %1? Thương vụ sẽ rời khỏi mọi danh sách, chế độ xem và báo cáo, và %2 sẽ được thông báo. Không có gì bị xóa: chế độ xem Đã lưu trữ giữ nó cùng lịch sử, và có thể khôi phục.</translation>
    </message>
    <message>
        <source>its CAM</source>
        <translation>CAM phụ trách</translation>
    </message>
    <message>
        <source>%1 archived. The Archived view keeps it.</source>
        <translation>Đã lưu trữ %1. Chế độ xem Đã lưu trữ vẫn giữ nó.</translation>
    </message>
    <message>
        <source>%1 restored as %2.</source>
        <translation>Đã khôi phục %1 với trạng thái %2.</translation>
    </message>
    <message numerus="yes">
        <source>An administrator archived %n of your deals. &lt;a href=&quot;#archived&quot;&gt;Show the archive&lt;/a&gt;</source>
        <translation>
            <numerusform>Quản trị viên đã lưu trữ %n thương vụ của bạn. &lt;a href=&quot;#archived&quot;&gt;Xem kho lưu trữ&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>Công &amp;việc</translation>
    </message>
    <message>
        <source>&amp;Tasks (%1)</source>
        <extracomment>The Tasks tab with the number of open tasks (DR-11), e.g. &quot;Tasks (2)&quot;</extracomment>
        <translation>Công &amp;việc (%1)</translation>
    </message>
    <message>
        <source>Your approval is recorded; the registration now waits for %1.</source>
        <translation>Đã ghi nhận phê duyệt của bạn; bản đăng ký hiện đang chờ %1.</translation>
    </message>
    <message>
        <source>The approval chain cannot be worked out: %1</source>
        <translation>Không thể xác định chuỗi phê duyệt: %1</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>%1 (all)</source>
        <extracomment>Approvers of a parallel stage: all of them approve, in any order (DR-03)</extracomment>
        <translation>%1 (tất cả)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>the CAM (no routing rule applies)</source>
        <translation>CAM (không có quy tắc định tuyến nào áp dụng)</translation>
    </message>
    <message>
        <source>Approval chain if sent now: %1</source>
        <translation>Chuỗi phê duyệt nếu gửi ngay: %1</translation>
    </message>
    <message>
        <source>Approval chain: %1</source>
        <translation>Chuỗi phê duyệt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) wait for your approval, the oldest for %1. &lt;a href=&quot;#waiting&quot;&gt;Show them&lt;/a&gt;</source>
        <translation>
            <numerusform>%n bản đăng ký đang chờ bạn phê duyệt, bản lâu nhất đã chờ %1. &lt;a href=&quot;#waiting&quot;&gt;Xem ngay&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n giờ</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the decision of %1.</source>
        <translation>Đang chờ quyết định của %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Resubmit as New</source>
        <translation>Gửi lại thành bản mới</translation>
    </message>
    <message>
        <source>Creates a new draft with this registration&apos;s customer and products, to correct and submit; this one keeps its decision (DR-02).</source>
        <translation>Tạo một bản nháp mới với khách hàng và sản phẩm của bản đăng ký này để chỉnh sửa và gửi; bản này giữ nguyên quyết định (DR-02).</translation>
    </message>
    <message>
        <source>Draft %1 was created from %2: correct it and submit it.</source>
        <translation>Đã tạo bản nháp %1 từ %2: hãy chỉnh sửa rồi gửi.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DefinitionDialog</name>
    <message>
        <source>&amp;Offered to partners</source>
        <translation>Cung cấp ch&amp;o đối tác</translation>
    </message>
    <message>
        <source>New Certification</source>
        <translation>Chứng chỉ mới</translation>
    </message>
    <message>
        <source>e.g. CNA</source>
        <translation>vd. CNA</translation>
    </message>
    <message>
        <source>A short code, unique among certifications; certification imports match it</source>
        <translation>Mã ngắn, không trùng giữa các chứng chỉ; khi nhập chứng chỉ, dữ liệu được đối chiếu theo mã này</translation>
    </message>
    <message>
        <source>e.g. Certified Network Associate</source>
        <translation>vd. Certified Network Associate</translation>
    </message>
    <message>
        <source>e.g. Networking</source>
        <translation>vd. Mạng</translation>
    </message>
    <message>
        <source>Tier criteria can require a number of people certified in a track (TIER-02)</source>
        <translation>Tiêu chí xếp hạng có thể yêu cầu một số lượng người có chứng chỉ trong một lộ trình (TIER-02)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Không bao giờ hết hạn</translation>
    </message>
    <message>
        <source>CERT-01: a certificate is valid this many months from the day it is acquired (0 = it never expires)</source>
        <translation>CERT-01: chứng chỉ có hiệu lực trong chừng ấy tháng kể từ ngày đạt được (0 = không bao giờ hết hạn)</translation>
    </message>
    <message>
        <source> days before expiry</source>
        <translation> ngày trước khi hết hạn</translation>
    </message>
    <message>
        <source>CERT-01: when the holder and the CAM are reminded</source>
        <translation>CERT-01: thời điểm nhắc nhở người nắm giữ chứng chỉ và CAM</translation>
    </message>
    <message>
        <source>CERT-02: recertification opens, and the certificate shows as Expiring, this many days before it expires</source>
        <translation>CERT-02: thời gian tái chứng nhận mở, và chứng chỉ hiển thị là Sắp hết hạn, chừng ấy ngày trước khi hết hạn</translation>
    </message>
    <message>
        <source>An inactive certification keeps its existing certificates but is no longer offered</source>
        <translation>Chứng chỉ ngừng cung cấp vẫn giữ các chứng chỉ đã cấp nhưng không còn được cung cấp</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>&amp;Lộ trình:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Hiệu lực trong:</translation>
    </message>
    <message>
        <source>&amp;Remind:</source>
        <translation>Nhắ&amp;c nhở:</translation>
    </message>
    <message>
        <source>Recertification &amp;opens:</source>
        <translation>Mở tái chứng nhận &amp;vào:</translation>
    </message>
    <message>
        <source>&amp;Prerequisites:</source>
        <translation>Điều kiện tiên &amp;quyết:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>Mô &amp;tả:</translation>
    </message>
    <message>
        <source>Edit Certification %1</source>
        <translation>Sửa chứng chỉ %1</translation>
    </message>
    <message>
        <source>Certificates of this kind never expire: no reminder, no recertification.</source>
        <translation>Loại chứng chỉ này không bao giờ hết hạn: không nhắc nhở, không tái chứng nhận.</translation>
    </message>
    <message>
        <source>A certificate acquired today is valid through %1. The reminder is due on %2; it shows as Expiring from %3.</source>
        <translation>Chứng chỉ đạt được hôm nay có hiệu lực đến hết ngày %1. Ngày nhắc nhở là %2; chứng chỉ hiển thị là Sắp hết hạn từ ngày %3.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DefinitionTableModel</name>
    <message>
        <source>Never expires</source>
        <translation>Không bao giờ hết hạn</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n tháng</numerusform>
        </translation>
    </message>
    <message>
        <source>(removed course)</source>
        <translation>(khóa học đã bị xóa)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Đang cung cấp</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Ngừng cung cấp</translation>
    </message>
    <message numerus="yes">
        <source>A certificate is valid for %n month(s) from the day it is acquired</source>
        <translation>
            <numerusform>Chứng chỉ có hiệu lực trong %n tháng kể từ ngày đạt được</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates of this kind never expire</source>
        <translation>Loại chứng chỉ này không bao giờ hết hạn</translation>
    </message>
    <message numerus="yes">
        <source>The holder is reminded %n day(s) before the certificate expires (CERT-01)</source>
        <translation>
            <numerusform>Người nắm giữ được nhắc nhở %n ngày trước khi chứng chỉ hết hạn (CERT-01)</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminder: it never expires</source>
        <translation>Không nhắc nhở: chứng chỉ không bao giờ hết hạn</translation>
    </message>
    <message numerus="yes">
        <source>Recertification opens, and the certificate shows as Expiring, %n day(s) before it expires (CERT-02)</source>
        <translation>
            <numerusform>Thời gian tái chứng nhận mở, và chứng chỉ hiển thị là Sắp hết hạn, %n ngày trước khi hết hạn (CERT-02)</numerusform>
        </translation>
    </message>
    <message>
        <source>No recertification window: it never expires</source>
        <translation>Không có thời gian tái chứng nhận: chứng chỉ không bao giờ hết hạn</translation>
    </message>
    <message>
        <source>No prerequisite courses</source>
        <translation>Không có khóa học tiên quyết</translation>
    </message>
    <message>
        <source>Courses to complete before certification: %1</source>
        <translation>Các khóa học cần hoàn thành trước khi lấy chứng chỉ: %1</translation>
    </message>
    <message>
        <source>Offered to partners</source>
        <translation>Đang cung cấp cho đối tác</translation>
    </message>
    <message>
        <source>Kept for existing certificates; not offered</source>
        <translation>Được giữ lại cho các chứng chỉ đã cấp; không còn cung cấp</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Lộ trình</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Nhắc nhở</translation>
    </message>
    <message>
        <source>Recertification</source>
        <translation>Tái chứng nhận</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Điều kiện tiên quyết</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>When the holder is reminded before expiry (CERT-01)</source>
        <translation>Thời điểm nhắc nhở người nắm giữ trước khi hết hạn (CERT-01)</translation>
    </message>
    <message>
        <source>How long before expiry recertification opens (CERT-02)</source>
        <translation>Thời gian tái chứng nhận mở bao lâu trước khi hết hạn (CERT-02)</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ExpiringTreeModel</name>
    <message>
        <source>Partner / person</source>
        <translation>Đối tác / người</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Chứng chỉ</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ngày hết hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Nhắc nhở</translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s)</source>
        <translation>
            <numerusform>%n chứng chỉ</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n đã hết hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n lần nhắc nhở đến hạn</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>The reminder is due on %1</source>
        <translation>Ngày nhắc nhở là %1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ExpiryTimelineChart</name>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n mục khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Certification expiry timeline</source>
        <translation>Dòng thời gian hết hạn chứng chỉ</translation>
    </message>
    <message>
        <source>By track</source>
        <translation>Theo lộ trình</translation>
    </message>
    <message>
        <source>By certification</source>
        <translation>Theo chứng chỉ</translation>
    </message>
    <message>
        <source>Split the bars by</source>
        <translation>Chia cột theo</translation>
    </message>
    <message>
        <source>Certifications expiring per month</source>
        <translation>Số chứng chỉ hết hạn mỗi tháng</translation>
    </message>
    <message>
        <source>No certificates expire in these months.</source>
        <translation>Không có chứng chỉ nào hết hạn trong các tháng này.</translation>
    </message>
    <message>
        <source>%1 already expired · %2 expiring this month and in the next 11 months · click a bar to list them</source>
        <extracomment>%1: certificates already expired; %2: expiring from this month on (both already formatted numbers)</extracomment>
        <translation>%1 đã hết hạn · %2 sắp hết hạn trong tháng này và 11 tháng tới · nhấp vào một cột để liệt kê</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Chứng chỉ</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expire(s) this month</source>
        <translation>
            <numerusform>%n chứng chỉ hết hạn trong tháng này</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Click to list them</source>
        <translation>Nhấp để liệt kê</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ExportDialog</name>
    <message>
        <source>&amp;All partners</source>
        <translation>Tất &amp;cả đối tác</translation>
    </message>
    <message>
        <source>One row per &amp;contact (partner columns repeated)</source>
        <translation>Mỗi &amp;người liên hệ một dòng (lặp lại các cột của đối tác)</translation>
    </message>
    <message>
        <source>&amp;Protect against formulas (recommended)</source>
        <translation>&amp;Bảo vệ khỏi công thức (khuyến nghị)</translation>
    </message>
    <message>
        <source>Export Partners</source>
        <translation>Xuất đối tác</translation>
    </message>
    <message>
        <source>Partners &amp;shown in the list (%1)</source>
        <translation>Các đối tác đang &amp;hiển thị trong danh sách (%1)</translation>
    </message>
    <message>
        <source>Excel (UTF-8 with BOM)</source>
        <translation>Excel (UTF-8 có BOM)</translation>
    </message>
    <message>
        <source>UTF-8 without BOM (Google Sheets, other tools)</source>
        <translation>UTF-8 không có BOM (Google Sheets, công cụ khác)</translation>
    </message>
    <message>
        <source>Unicode Text (UTF-16, tab-separated; older Excel)</source>
        <translation>Văn bản Unicode (UTF-16, phân cách bằng tab; Excel đời cũ)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Dấu phẩy ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Dấu chấm phẩy ( ; )</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Dấu gạch đứng ( | )</translation>
    </message>
    <message>
        <source>Cells starting with = + - @ get a leading apostrophe so spreadsheets never run them as formulas. ChannelDesk removes it again when you import the file.</source>
        <translation>Các ô bắt đầu bằng = + - @ sẽ được thêm dấu nháy đơn ở đầu để bảng tính không bao giờ chạy chúng như công thức. ChannelDesk sẽ bỏ dấu nháy này khi bạn nhập lại tệp.</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>doi-tac</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;uyệt…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Đối tác:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Dấu &amp;phân cách:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Tệp văn bản (*.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Đã xuất %n dòng vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Đã hủy việc xuất; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>The export failed; no file was written: %1</source>
        <translation>Xuất không thành công; không có tệp nào được ghi: %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are longer than Excel&apos;s %1 characters per cell and will be cut off there.</source>
        <translation>
            <numerusform>%n giá trị dài hơn giới hạn %1 ký tự mỗi ô của Excel và sẽ bị cắt bớt khi mở bằng Excel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::FieldComboDelegate</name>
    <message>
        <source>Don&apos;t import</source>
        <translation>Không nhập</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ImportFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Chọn tệp</translation>
    </message>
    <message>
        <source>A partner list saved as CSV or text from Excel, LibreOffice, Google Sheets, Salesforce, HubSpot or another tool. Nothing is changed until the last step.</source>
        <translation>Danh sách đối tác được lưu dưới dạng CSV hoặc văn bản từ Excel, LibreOffice, Google Sheets, Salesforce, HubSpot hoặc công cụ khác. Chưa có gì thay đổi cho đến bước cuối cùng.</translation>
    </message>
    <message>
        <source>Path to a .csv or .txt file</source>
        <translation>Đường dẫn đến tệp .csv hoặc .txt</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>Import Partners</source>
        <translation>Nhập đối tác</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Tệp CSV và tệp văn bản (*.csv *.txt *.tsv);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ImportFormatPage</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Dấu phẩy ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Dấu chấm phẩy ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Dấu gạch đứng ( | )</translation>
    </message>
    <message>
        <source>Windows (CR LF)</source>
        <translation>Windows (CR LF)</translation>
    </message>
    <message>
        <source>Unix (LF)</source>
        <translation>Unix (LF)</translation>
    </message>
    <message>
        <source>classic Mac (CR)</source>
        <translation>Mac đời cũ (CR)</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>hỗn hợp</translation>
    </message>
    <message>
        <source>none (one line)</source>
        <translation>không có (chỉ một dòng)</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>Kiểm tra cách đọc tệp</translation>
    </message>
    <message>
        <source>ChannelDesk detected the encoding and the delimiter. If names look garbled or everything is in one column, choose another one; the preview updates at once.</source>
        <translation>ChannelDesk đã tự nhận diện bảng mã và dấu phân cách. Nếu tên hiển thị bị lỗi ký tự hoặc mọi dữ liệu đều nằm trong một cột, hãy chọn bảng mã hoặc dấu phân cách khác; bản xem trước sẽ cập nhật ngay.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Bảng &amp;mã:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Dấu &amp;phân cách:</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (tự nhận diện)</translation>
    </message>
    <message>
        <source>Line endings: %1.</source>
        <translation>Ký tự xuống dòng: %1.</translation>
    </message>
    <message>
        <source>The file starts with a byte-order mark.</source>
        <translation>Tệp bắt đầu bằng dấu thứ tự byte (BOM).</translation>
    </message>
    <message>
        <source>Its first line (sep=) sets the delimiter and is not imported.</source>
        <translation>Dòng đầu tiên của tệp (sep=) chỉ định dấu phân cách và không được nhập.</translation>
    </message>
    <message numerus="yes">
        <source>The header is on line %1: %n column(s).</source>
        <translation>
            <numerusform>Dòng tiêu đề nằm ở dòng %1: %n cột.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of the first rows shown cannot be imported as read (greyed; hover for the reason).</source>
        <translation>
            <numerusform>%n trong số các dòng đầu tiên đang hiển thị không thể nhập theo cách đọc hiện tại (tô xám; di chuột lên để xem lý do).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ImportHistoryDialog</name>
    <message>
        <source>&amp;Revert Import</source>
        <translation>&amp;Hoàn nguyên lần nhập</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Lịch sử nhập</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Thời điểm nhập</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Chế độ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Đã tạo</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Đã cập nhật</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Create only</source>
        <translation>Chỉ tạo mới</translation>
    </message>
    <message>
        <source>Update only</source>
        <translation>Chỉ cập nhật</translation>
    </message>
    <message>
        <source>Create and update</source>
        <translation>Tạo mới và cập nhật</translation>
    </message>
    <message>
        <source>Reverted %1</source>
        <translation>Đã hoàn nguyên lúc %1</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Đã áp dụng</translation>
    </message>
    <message>
        <source>&amp;Apply Again</source>
        <translation>Áp dụng &amp;lại</translation>
    </message>
    <message>
        <source>Apply the import of “%1” again?</source>
        <translation>Bạn có muốn áp dụng lại lần nhập “%1” không?</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) edited since the import were left as they are.</source>
        <translation>
            <numerusform>%n trường đã được sửa sau lần nhập nên được giữ nguyên.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert the import of “%1”? Partners it created (%2) are deleted, and the fields it changed on other partners (%3) are put back unless they were edited since.</source>
        <translation>Hoàn nguyên lần nhập “%1”? Các đối tác do lần nhập này tạo (%2) sẽ bị xóa, và các trường nó đã thay đổi trên những đối tác khác (%3) sẽ được khôi phục, trừ khi chúng đã được sửa sau đó.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ImportMappingModel</name>
    <message>
        <source>(no header)</source>
        <translation>(không có tiêu đề)</translation>
    </message>
    <message>
        <source>Another column has the same header; this one is not imported unless you map it.</source>
        <translation>Một cột khác có cùng tiêu đề; cột này sẽ không được nhập trừ khi bạn ánh xạ nó.</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Không nhập</translation>
    </message>
    <message>
        <source>When checked, an empty cell in this column clears the value stored in ChannelDesk. Otherwise empty cells never overwrite anything.</source>
        <translation>Khi được chọn, ô trống trong cột này sẽ xóa giá trị đang lưu trong ChannelDesk. Nếu không, ô trống không bao giờ ghi đè lên dữ liệu nào.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Nhập vào</translation>
    </message>
    <message>
        <source>Empty cells clear</source>
        <translation>Ô trống xóa giá trị</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ImportMappingPage</name>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>&amp;Lưu thành mẫu…</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Xóa mẫu</translation>
    </message>
    <message>
        <source>Match the columns to partner fields</source>
        <translation>Ghép các cột với trường của đối tác</translation>
    </message>
    <message>
        <source>Columns were matched by their headers. Click “Import into” to change one; columns set to “Don&apos;t import” are left out.</source>
        <translation>Các cột đã được ghép theo tiêu đề. Nhấp vào “Nhập vào” để thay đổi; các cột được đặt là “Không nhập” sẽ bị bỏ qua.</translation>
    </message>
    <message>
        <source>&amp;Mapping template:</source>
        <translation>&amp;Mẫu ánh xạ:</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation>(tự động)</translation>
    </message>
    <message>
        <source>Mapping Template</source>
        <translation>Mẫu ánh xạ</translation>
    </message>
    <message>
        <source>Save Mapping Template</source>
        <translation>Lưu mẫu ánh xạ</translation>
    </message>
    <message>
        <source>Name of the template (for example “HubSpot companies”):</source>
        <translation>Tên mẫu (ví dụ: “Công ty HubSpot”):</translation>
    </message>
    <message>
        <source>Delete the mapping template “%1”?</source>
        <translation>Bạn có muốn xóa mẫu ánh xạ “%1” không?</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>cột %1</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Không nhập: %1.</translation>
    </message>
    <message>
        <source>No column is the partner name: only updates of existing partners are possible.</source>
        <translation>Không có cột nào là tên đối tác: chỉ có thể cập nhật đối tác hiện có.</translation>
    </message>
    <message>
        <source>Columns to import: %1 of %2.</source>
        <translation>Số cột sẽ nhập: %1 trên %2.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ImportOptionsPage</name>
    <message>
        <source>ChannelDesk ID</source>
        <translation>Mã ChannelDesk</translation>
    </message>
    <message>
        <source>External ID (ignoring case)</source>
        <translation>Mã bên ngoài (không phân biệt chữ hoa, chữ thường)</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Địa chỉ email</translation>
    </message>
    <message>
        <source>Website domain</source>
        <translation>Tên miền trang web</translation>
    </message>
    <message>
        <source>Name and country</source>
        <translation>Tên và quốc gia</translation>
    </message>
    <message>
        <source>Create new partners and &amp;update existing ones</source>
        <translation>&amp;Tạo đối tác mới và cập nhật đối tác hiện có</translation>
    </message>
    <message>
        <source>&amp;Create new partners only (rows that match one are reported)</source>
        <translation>Chỉ tạo đối tác &amp;mới (các dòng khớp với một đối tác hiện có sẽ được báo cáo)</translation>
    </message>
    <message>
        <source>Update &amp;existing partners only (rows that match none are reported)</source>
        <translation>Chỉ cập nhật đối tác &amp;hiện có (các dòng không khớp với đối tác nào sẽ được báo cáo)</translation>
    </message>
    <message>
        <source>Choose what the import does</source>
        <translation>Chọn cách thức nhập</translation>
    </message>
    <message>
        <source>A row updates the partner it matches. Rules are tried in order; a row matching two partners is reported, never guessed.</source>
        <translation>Mỗi dòng sẽ cập nhật đối tác mà nó khớp. Các quy tắc được thử theo thứ tự; dòng khớp với hai đối tác sẽ được báo cáo chứ không bao giờ bị đoán.</translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Chế độ</translation>
    </message>
    <message>
        <source>Find existing partners by</source>
        <translation>Tìm đối tác hiện có theo</translation>
    </message>
    <message>
        <source>%1 — skipped: no such column</source>
        <translation>%1 — bỏ qua: không có cột này</translation>
    </message>
    <message>
        <source>New partners need a name, and no column is mapped to the partner name. Map one, or choose “Update existing partners only”.</source>
        <translation>Đối tác mới cần có tên, nhưng chưa có cột nào được ánh xạ vào tên đối tác. Hãy ánh xạ một cột, hoặc chọn “Chỉ cập nhật đối tác hiện có”.</translation>
    </message>
    <message>
        <source>Updating needs at least one checked rule whose column is in the file.</source>
        <translation>Để cập nhật, cần chọn ít nhất một quy tắc có cột tương ứng trong tệp.</translation>
    </message>
    <message>
        <source>No rule can be applied: every row will be a new partner.</source>
        <translation>Không áp dụng được quy tắc nào: mọi dòng sẽ trở thành đối tác mới.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ImportOutcomeModel</name>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1: “%2” → “%3”</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(không có tên)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ImportReviewPage</name>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Review before importing</source>
        <translation>Xem lại trước khi nhập</translation>
    </message>
    <message>
        <source>This is what the import will do. Nothing has been written yet.</source>
        <translation>Đây là những gì việc nhập sẽ thực hiện. Chưa có dữ liệu nào được ghi.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Shared key</source>
        <translation>Khóa chung</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Các dòng</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <source>Reading and checking every row…</source>
        <translation>Đang đọc và kiểm tra từng dòng…</translation>
    </message>
    <message>
        <source>Analysing columns… %p%</source>
        <translation>Đang phân tích các cột… %p%</translation>
    </message>
    <message>
        <source>Matching and checking rows… %p%</source>
        <translation>Đang đối chiếu và kiểm tra các dòng… %p%</translation>
    </message>
    <message>
        <source>Stopped. Go back and forward again to check the file once more.</source>
        <translation>Đã dừng. Hãy quay lại rồi tiếp tục để kiểm tra lại tệp.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file cannot be imported:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Không thể nhập tệp:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 new&lt;/b&gt;, &lt;b&gt;%2 updated&lt;/b&gt;, %3 unchanged, &lt;b&gt;%4 rejected&lt;/b&gt; of %n row(s).</source>
        <translation>
            <numerusform>Trong %n dòng: &lt;b&gt;%1 mới&lt;/b&gt;, &lt;b&gt;%2 cập nhật&lt;/b&gt;, %3 không đổi, &lt;b&gt;%4 bị từ chối&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts: %1 new, %2 updated.</source>
        <translation>Người liên hệ: %1 mới, %2 cập nhật.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): the rows are imported; see “With warnings”.</source>
        <translation>
            <numerusform>%n cảnh báo: các dòng vẫn được nhập; xem mục “Có cảnh báo”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank row(s) skipped.</source>
        <translation>
            <numerusform>Đã bỏ qua %n dòng trống.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing would change.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sẽ không có gì thay đổi.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Bị từ chối (%1)</translation>
    </message>
    <message>
        <source>Updated (%1)</source>
        <translation>Cập nhật (%1)</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Mới (%1)</translation>
    </message>
    <message>
        <source>With warnings (%1)</source>
        <translation>Có cảnh báo (%1)</translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation>Không đổi (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n stored partner(s)</source>
        <translation>
            <numerusform>%n đối tác đã lưu</numerusform>
        </translation>
    </message>
    <message>
        <source>Same partner</source>
        <translation>Cùng một đối tác</translation>
    </message>
    <message>
        <source>Possible (accents differ)</source>
        <translation>Có thể trùng (khác dấu)</translation>
    </message>
    <message>
        <source>Duplicates found (never merged automatically):</source>
        <translation>Các mục trùng lặp được tìm thấy (không bao giờ được gộp tự động):</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ImportRunPage</name>
    <message>
        <source>Cancel Import</source>
        <translation>Hủy nhập</translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation>&amp;Lưu các dòng bị từ chối…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <source>The partners are written in one step: until it is done, nothing has changed.</source>
        <translation>Các đối tác được ghi trong một bước duy nhất: trước khi bước này hoàn tất, chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>If you cancel, nothing is changed.</source>
        <translation>Nếu bạn hủy, sẽ không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <source>The partners are in ChannelDesk and will be sent with the next sync.</source>
        <translation>Các đối tác đã có trong ChannelDesk và sẽ được gửi đi trong lần đồng bộ tới.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not imported. Save them as a CSV with the reason for each, fix them and import that file.</source>
        <translation>
            <numerusform>%n dòng không được nhập. Hãy lưu các dòng này thành tệp CSV kèm lý do của từng dòng, sửa lại rồi nhập tệp đó.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit → Undo reverts this import; File → Import History… can revert it later.</source>
        <translation>Sửa → Hoàn tác sẽ hoàn nguyên lần nhập này; Tệp → Lịch sử nhập… cho phép hoàn nguyên về sau.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Đã hủy nhập</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import cancelled.&lt;/b&gt; Nothing was changed.</source>
        <translation>&lt;b&gt;Đã hủy nhập.&lt;/b&gt; Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Nhập không thành công</translation>
    </message>
    <message>
        <source>&lt;b&gt;The import failed and nothing was changed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nhập không thành công và không có gì bị thay đổi:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Lưu các dòng bị từ chối</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-bi-tu-choi</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt; Partners created: %1. Updated: %2. Unchanged: %3.</source>
        <translation>&lt;b&gt;Hoàn tất.&lt;/b&gt; Đối tác được tạo: %1. Được cập nhật: %2. Không đổi: %3.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ImportWizard</name>
    <message>
        <source>Import Partners</source>
        <translation>Nhập đối tác</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::KpiTile</name>
    <message>
        <source>%1, %2</source>
        <comment>tile value, detail</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::LevelDialog</name>
    <message>
        <source>Closed-won &amp;revenue in the last 12 months of at least</source>
        <translation>&amp;Doanh thu thương vụ đã thắng trong 12 tháng gần nhất tối thiểu là</translation>
    </message>
    <message>
        <source>&amp;Certified people (holding a valid certification), at least</source>
        <translation>Số người có &amp;chứng chỉ (đang nắm giữ chứng chỉ còn hiệu lực) tối thiểu</translation>
    </message>
    <message>
        <source>Approved deal re&amp;gistrations in the last 12 months, at least</source>
        <translation>Số đăng ký thương vụ được &amp;phê duyệt trong 12 tháng gần nhất tối thiểu</translation>
    </message>
    <message>
        <source>Closed-&amp;won deals in the last 12 months, at least</source>
        <translation>Số thương vụ đã thắn&amp;g trong 12 tháng gần nhất tối thiểu</translation>
    </message>
    <message>
        <source>Unexpired &amp;points, at least</source>
        <translation>Số điể&amp;m chưa hết hạn tối thiểu</translation>
    </message>
    <message>
        <source>&amp;Add Track</source>
        <translation>Thêm &amp;lộ trình</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>New Level of %1</source>
        <translation>Cấp mới của %1</translation>
    </message>
    <message>
        <source>1 = the entry level. Partners climb one level at a time and never skip one (TIER-03).</source>
        <translation>1 = cấp khởi đầu. Đối tác lên từng cấp một và không bao giờ bỏ qua cấp nào (TIER-03).</translation>
    </message>
    <message>
        <source>The partner tier members at this level get (shown on the partner and used for lead routing)</source>
        <translation>Hạng đối tác mà thành viên ở cấp này nhận được (hiển thị trên đối tác và dùng để phân phối khách hàng tiềm năng)</translation>
    </message>
    <message>
        <source>e.g. Gold</source>
        <translation>vd. Vàng</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>TIER-06: the share of leads routed to partners at this level (0 = none); copied to the partner when it reaches the level</source>
        <translation>TIER-06: tỷ lệ khách hàng tiềm năng được phân phối cho đối tác ở cấp này (0 = không có); được sao chép sang đối tác khi đối tác đạt cấp này</translation>
    </message>
    <message>
        <source>e.g. 35 % partner discount, MDF eligibility, named partner manager</source>
        <translation>vd. chiết khấu đối tác 35 %, đủ điều kiện nhận MDF, có người quản lý đối tác riêng</translation>
    </message>
    <message>
        <source>Opportunities won in the trailing 12 months, converted into %1</source>
        <translation>Cơ hội bán hàng đã thắng trong 12 tháng gần nhất, quy đổi sang %1</translation>
    </message>
    <message>
        <source>People of the partner with at least one Active or Expiring certification</source>
        <translation>Nhân sự của đối tác có ít nhất một chứng chỉ Còn hiệu lực hoặc Sắp hết hạn</translation>
    </message>
    <message>
        <source>TIER-04: points that have not expired on the day of the evaluation</source>
        <translation>TIER-04: số điểm chưa hết hạn vào ngày đánh giá</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Lộ trình</translation>
    </message>
    <message>
        <source>Certified people</source>
        <translation>Người có chứng chỉ</translation>
    </message>
    <message>
        <source>How many certified people each track needs (TIER-02, optional)</source>
        <translation>Số người có chứng chỉ mà mỗi lộ trình cần (TIER-02, không bắt buộc)</translation>
    </message>
    <message>
        <source>Ran&amp;k:</source>
        <translation>&amp;Thứ bậc:</translation>
    </message>
    <message>
        <source>Partner &amp;tier:</source>
        <translation>&amp;Hạng đối tác:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Lead weight:</source>
        <translation>Trọng số &amp;khách hàng tiềm năng:</translation>
    </message>
    <message>
        <source>&amp;Benefits:</source>
        <translation>&amp;Quyền lợi:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Criteria&lt;/b&gt; — a partner qualifies for this level only when it meets every criterion that is checked</source>
        <translation>&lt;b&gt;Tiêu chí&lt;/b&gt; — đối tác chỉ đủ điều kiện cho cấp này khi đáp ứng mọi tiêu chí được chọn</translation>
    </message>
    <message>
        <source>Edit Level %1 of %2</source>
        <translation>Sửa cấp %1 của %2</translation>
    </message>
    <message>
        <source>No criterion is checked: every member qualifies for this level (usual for the entry level).</source>
        <translation>Không có tiêu chí nào được chọn: mọi thành viên đều đủ điều kiện cho cấp này (thường dùng cho cấp khởi đầu).</translation>
    </message>
    <message numerus="yes">
        <source>A partner qualifies when it meets all %n criteria.</source>
        <translation>
            <numerusform>Đối tác đủ điều kiện khi đáp ứng cả %n tiêu chí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the minimum revenue in %1, or uncheck this criterion.</source>
        <translation>Hãy nhập doanh thu tối thiểu theo %1, hoặc bỏ chọn tiêu chí này.</translation>
    </message>
    <message>
        <source>Row %1 names no track: choose one or remove the row.</source>
        <translation>Dòng %1 chưa có lộ trình: hãy chọn một lộ trình hoặc xóa dòng này.</translation>
    </message>
    <message>
        <source>Certifie&amp;d people per track:</source>
        <translation>Số người có chứng chỉ theo lộ t&amp;rình:</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::LevelTableModel</name>
    <message>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Closed-won revenue of the trailing 12 months, in %1</source>
        <translation>Doanh thu thương vụ đã thắng trong 12 tháng gần nhất, theo %1</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <source>People holding at least one valid certification</source>
        <translation>Số người đang nắm giữ ít nhất một chứng chỉ còn hiệu lực</translation>
    </message>
    <message>
        <source>Certified people needed per track</source>
        <translation>Số người có chứng chỉ cần có theo từng lộ trình</translation>
    </message>
    <message>
        <source>Deal registrations approved in the trailing 12 months</source>
        <translation>Số đăng ký thương vụ được phê duyệt trong 12 tháng gần nhất</translation>
    </message>
    <message>
        <source>Opportunities won in the trailing 12 months</source>
        <translation>Số cơ hội bán hàng đã thắng trong 12 tháng gần nhất</translation>
    </message>
    <message>
        <source>Unexpired program points (TIER-04)</source>
        <translation>Số điểm chương trình chưa hết hạn (TIER-04)</translation>
    </message>
    <message>
        <source>Share of leads routed to members at this level (TIER-06)</source>
        <translation>Tỷ lệ khách hàng tiềm năng được phân phối cho thành viên ở cấp này (TIER-06)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Thứ bậc</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Partner tier</source>
        <translation>Hạng đối tác</translation>
    </message>
    <message>
        <source>Revenue (12 months)</source>
        <translation>Doanh thu (12 tháng)</translation>
    </message>
    <message>
        <source>Certified people</source>
        <translation>Người có chứng chỉ</translation>
    </message>
    <message>
        <source>Per track</source>
        <translation>Theo lộ trình</translation>
    </message>
    <message>
        <source>Approved registrations</source>
        <translation>Đăng ký được phê duyệt</translation>
    </message>
    <message>
        <source>Closed-won</source>
        <translation>Đã thắng</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Lead weight</source>
        <translation>Trọng số khách hàng tiềm năng</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Quyền lợi</translation>
    </message>
    <message>
        <source>1 = lowest; partners climb one level at a time (TIER-03)</source>
        <translation>1 = thấp nhất; đối tác lên từng cấp một (TIER-03)</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::LineDecisionDialog</name>
    <message>
        <source>Approve %1</source>
        <translation>Phê duyệt %1</translation>
    </message>
    <message>
        <source>Decide each cost line of “%1”: accept it as is, accept it with a smaller amount, or deny it. The partner may claim up to the vendor share of what you approve.</source>
        <translation>Quyết định từng dòng chi phí của “%1”: chấp nhận nguyên trạng, chấp nhận với số tiền nhỏ hơn, hoặc không chấp nhận. Đối tác có thể yêu cầu thanh toán tối đa bằng phần nhà cung cấp chi trả của số tiền bạn phê duyệt.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Số tiền đề nghị</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Số tiền phê duyệt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Accept as is</source>
        <translation>Chấp nhận nguyên trạng</translation>
    </message>
    <message>
        <source>Accept with changes</source>
        <translation>Chấp nhận có điều chỉnh</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Không chấp nhận</translation>
    </message>
    <message>
        <source>Optional; the partner sees it</source>
        <translation>Không bắt buộc; đối tác sẽ thấy ghi chú này</translation>
    </message>
    <message>
        <source>The allocation has %1 left of %2%3.</source>
        <translation>Khoản phân bổ còn %1 trên %2%3.</translation>
    </message>
    <message>
        <source> (its budget allows a negative balance)</source>
        <translation> (ngân sách của khoản này cho phép số dư âm)</translation>
    </message>
    <message>
        <source>Optional; kept in the history</source>
        <translation>Không bắt buộc; được lưu trong lịch sử</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>Line %1: a changed line needs an amount above zero; deny it instead.</source>
        <translation>Dòng %1: dòng được điều chỉnh phải có số tiền lớn hơn 0; nếu không, hãy chọn không chấp nhận.</translation>
    </message>
    <message>
        <source>Line %1: a changed amount must be less than the %2 requested; accept it as is otherwise.</source>
        <translation>Dòng %1: số tiền điều chỉnh phải nhỏ hơn số tiền đề nghị %2; nếu không, hãy chấp nhận nguyên trạng.</translation>
    </message>
    <message>
        <source>Approved: %1 of %2 requested; the partner may claim up to %3 (vendor share).</source>
        <translation>Phê duyệt: %1 trên %2 đề nghị; đối tác có thể yêu cầu thanh toán tối đa %3 (phần nhà cung cấp chi trả).</translation>
    </message>
    <message>
        <source>Approved: —</source>
        <translation>Phê duyệt: —</translation>
    </message>
    <message>
        <source>Every line is denied: reject or decline the request instead.</source>
        <translation>Tất cả các dòng đều không được chấp nhận: hãy từ chối hoặc bác bỏ đề nghị.</translation>
    </message>
    <message>
        <source>Approving %1 overdraws the allocation by %2; its budget allows a negative balance.</source>
        <translation>Phê duyệt %1 sẽ vượt khoản phân bổ %2; ngân sách của khoản này cho phép số dư âm.</translation>
    </message>
    <message>
        <source>Approving %1 would exceed what the allocation has left (%2) by %3: the approval will be refused (MDF-02). Approve less or change lines.</source>
        <translation>Phê duyệt %1 sẽ vượt số tiền còn lại của khoản phân bổ (%2) là %3: việc phê duyệt sẽ bị từ chối (MDF-02). Hãy phê duyệt ít hơn hoặc điều chỉnh các dòng.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MainWindow</name>
    <message>
        <source>ChannelDesk — %1</source>
        <translation>ChannelDesk — %1</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Partners and their contacts</source>
        <translation>Đối tác và người liên hệ của họ</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Load &amp;Sample Data</source>
        <translation>Tải &amp;dữ liệu mẫu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>Hiển thị &amp;thanh bên</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About ChannelDesk</source>
        <translation>&amp;Giới thiệu về ChannelDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu về &amp;Qt</translation>
    </message>
    <message>
        <source>About ChannelDesk</source>
        <translation>Giới thiệu về ChannelDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ChannelDesk %1&lt;/h3&gt;&lt;p&gt;Partner relationship management for channel account managers: partners, contacts and more, kept on this computer and usable offline.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Data format %3, Qt %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ChannelDesk %1&lt;/h3&gt;&lt;p&gt;Quản lý quan hệ đối tác dành cho người quản lý tài khoản kênh: đối tác, người liên hệ và nhiều thông tin khác, được lưu ngay trên máy tính này và dùng được cả khi ngoại tuyến.&lt;/p&gt;&lt;p&gt;Cơ sở dữ liệu: %2&lt;br&gt;Định dạng dữ liệu %3, Qt %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation>ChannelDesk</translation>
    </message>
    <message>
        <source>Welcome to ChannelDesk</source>
        <translation>Chào mừng bạn đến với ChannelDesk</translation>
    </message>
    <message numerus="yes">
        <source>Your partner list is empty. Load %n sample partner(s) with their contacts to explore ChannelDesk? You can delete them later.</source>
        <translation>
            <numerusform>Danh sách đối tác của bạn đang trống. Bạn có muốn tải %n đối tác mẫu kèm người liên hệ để khám phá ChannelDesk không? Bạn có thể xóa chúng sau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading sample data…</source>
        <translation>Đang tải dữ liệu mẫu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Sample data loaded.</source>
        <translation>Đã tải dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Changes that could not be synced as they were</source>
        <translation>Các thay đổi không thể đồng bộ nguyên trạng</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Đồng bộ &amp;ngay</translation>
    </message>
    <message>
        <source>Sync &amp;Account…</source>
        <translation>Tài khoản đồng &amp;bộ…</translation>
    </message>
    <message>
        <source>Sync &amp;Log…</source>
        <translation>Nhật &amp;ký đồng bộ…</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Xung đột</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Xung đột (%1)</translation>
    </message>
    <message>
        <source>&amp;Import Partners…</source>
        <translation>Nhậ&amp;p đối tác…</translation>
    </message>
    <message>
        <source>&amp;Export Partners…</source>
        <translation>&amp;Xuất đối tác…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;Lịch sử nhập…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Đã xuất %n dòng vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>import “%1”</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>nhập “%1”</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Thương vụ</translation>
    </message>
    <message>
        <source>Deal registrations and opportunities</source>
        <translation>Đăng ký thương vụ và cơ hội bán hàng</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Indirect pipeline dashboard</source>
        <translation>Bảng điều khiển pipeline kênh gián tiếp</translation>
    </message>
    <message>
        <source>Deal &amp;Program Settings…</source>
        <translation>Cài đặt &amp;chương trình thương vụ…</translation>
    </message>
    <message>
        <source>MDF Budgets</source>
        <translation>Ngân sách MDF</translation>
    </message>
    <message>
        <source>Market development funds: budgets, allocations and balances</source>
        <translation>Quỹ phát triển thị trường (MDF): ngân sách, khoản phân bổ và số dư</translation>
    </message>
    <message>
        <source>Fund Requests</source>
        <translation>Đề nghị cấp quỹ</translation>
    </message>
    <message>
        <source>MDF fund requests and their approvals</source>
        <translation>Đề nghị cấp quỹ MDF và việc phê duyệt</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Yêu cầu thanh toán</translation>
    </message>
    <message>
        <source>MDF claims, proofs of performance and payments</source>
        <translation>Yêu cầu thanh toán MDF, bằng chứng thực hiện và khoản thanh toán</translation>
    </message>
    <message>
        <source>New MDF &amp;Budget…</source>
        <translation>N&amp;gân sách MDF mới…</translation>
    </message>
    <message>
        <source>&amp;MDF Settings…</source>
        <translation>Cài đặt MD&amp;F…</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Chứng chỉ</translation>
    </message>
    <message>
        <source>People&apos;s certifications, what expires soon and reminders</source>
        <translation>Chứng chỉ của nhân sự đối tác, những chứng chỉ sắp hết hạn và nhắc nhở</translation>
    </message>
    <message>
        <source>Tier Review</source>
        <translation>Xét duyệt hạng</translation>
    </message>
    <message>
        <source>Tier changes waiting for a decision and partners at risk of losing their tier</source>
        <translation>Các thay đổi hạng đang chờ quyết định và các đối tác có nguy cơ mất hạng</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Đào tạo</translation>
    </message>
    <message>
        <source>Courses and certification definitions</source>
        <translation>Khóa học và định nghĩa chứng chỉ</translation>
    </message>
    <message>
        <source>Tier Programs</source>
        <translation>Chương trình đối tác</translation>
    </message>
    <message>
        <source>Partner programs, their tiers and the criteria for each</source>
        <translation>Các chương trình đối tác, các hạng và tiêu chí của từng hạng</translation>
    </message>
    <message>
        <source>Tier recompute failed: %1</source>
        <translation>Tính lại hạng không thành công: %1</translation>
    </message>
    <message>
        <source>Import &amp;Certifications…</source>
        <translation>Nhập chứng c&amp;hỉ…</translation>
    </message>
    <message>
        <source>Export Certi&amp;fications…</source>
        <translation>Xuất chứn&amp;g chỉ…</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Mdf</name>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Need more information</source>
        <translation>Cần bổ sung thông tin</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Partially approved</source>
        <translation>Phê duyệt một phần</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Bị bác bỏ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Thanh toán một phần</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Đã thanh toán</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Hội thảo trực tuyến</translation>
    </message>
    <message>
        <source>Digital campaign</source>
        <translation>Chiến dịch kỹ thuật số</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Quảng cáo</translation>
    </message>
    <message>
        <source>Content and collateral</source>
        <translation>Nội dung và tài liệu tiếp thị</translation>
    </message>
    <message>
        <source>Sales training</source>
        <translation>Đào tạo bán hàng</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>Triển lãm thương mại</translation>
    </message>
    <message>
        <source>Telemarketing</source>
        <translation>Tiếp thị qua điện thoại</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Chuyển khoản ngân hàng</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Phiếu ghi có</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Séc</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Chờ quyết định</translation>
    </message>
    <message>
        <source>Accepted as is</source>
        <translation>Chấp nhận nguyên trạng</translation>
    </message>
    <message>
        <source>Accepted with changes</source>
        <translation>Chấp nhận có điều chỉnh</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Không chấp nhận</translation>
    </message>
    <message>
        <source>Receipt or invoice</source>
        <translation>Hóa đơn hoặc chứng từ</translation>
    </message>
    <message>
        <source>Proof of performance</source>
        <translation>Bằng chứng thực hiện</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfActions</name>
    <message>
        <source>create budget %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>tạo ngân sách %1</translation>
    </message>
    <message>
        <source>edit budget %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>sửa ngân sách %1</translation>
    </message>
    <message>
        <source>delete budget %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>xóa ngân sách %1</translation>
    </message>
    <message>
        <source>create allocation %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>tạo khoản phân bổ %1</translation>
    </message>
    <message>
        <source>edit allocation %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>sửa khoản phân bổ %1</translation>
    </message>
    <message>
        <source>delete allocation %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>xóa khoản phân bổ %1</translation>
    </message>
    <message>
        <source>create fund request %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>tạo đề nghị cấp quỹ %1</translation>
    </message>
    <message>
        <source>edit fund request %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>sửa đề nghị cấp quỹ %1</translation>
    </message>
    <message>
        <source>delete fund request %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>xóa đề nghị cấp quỹ %1</translation>
    </message>
    <message>
        <source>create claim %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>tạo yêu cầu thanh toán %1</translation>
    </message>
    <message>
        <source>edit claim %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>sửa yêu cầu thanh toán %1</translation>
    </message>
    <message>
        <source>delete claim %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>xóa yêu cầu thanh toán %1</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB and cannot be attached.</source>
        <translation>“%1” lớn hơn %2 MiB nên không thể đính kèm.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>Không thể đọc “%1”: %2</translation>
    </message>
    <message>
        <source>attach %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>đính kèm %1</translation>
    </message>
    <message>
        <source>remove attachment</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>xóa tệp đính kèm</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfBalances</name>
    <message>
        <source>The database is not open.</source>
        <translation>Cơ sở dữ liệu chưa được mở.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfBudgetRepository</name>
    <message>
        <source>The partner no longer exists.</source>
        <translation>Đối tác này không còn tồn tại.</translation>
    </message>
    <message>
        <source>%1 was deleted; restore the partner to allocate funds to it.</source>
        <translation>%1 đã bị xóa; hãy khôi phục đối tác này để phân bổ quỹ cho đối tác.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period; write 2027, 2027-H1, 2027-Q1 or 2027-03.</source>
        <translation>“%1” không phải là kỳ hợp lệ; hãy viết 2027, 2027-H1, 2027-Q1 hoặc 2027-03.</translation>
    </message>
    <message>
        <source>The period %1 is outside the budget&apos;s dates (%2 to %3).</source>
        <translation>Kỳ %1 nằm ngoài thời gian của ngân sách (%2 đến %3).</translation>
    </message>
    <message>
        <source>This partner already has an allocation of this budget for %1 (MDF-03).</source>
        <translation>Đối tác này đã có một khoản phân bổ từ ngân sách này cho %1 (MDF-03).</translation>
    </message>
    <message>
        <source>This partner already has an allocation of this budget for %1, which overlaps %2 (MDF-03).</source>
        <translation>Đối tác này đã có một khoản phân bổ từ ngân sách này cho %1, chồng lấn với %2 (MDF-03).</translation>
    </message>
    <message>
        <source>The budget no longer exists.</source>
        <translation>Ngân sách này không còn tồn tại.</translation>
    </message>
    <message>
        <source>This budget was deleted; restore it before editing.</source>
        <translation>Ngân sách này đã bị xóa; hãy khôi phục trước khi sửa.</translation>
    </message>
    <message>
        <source>The currency cannot change: the budget has allocations in %1 (MDF-01).</source>
        <translation>Không thể đổi đơn vị tiền tệ: ngân sách đã có các khoản phân bổ bằng %1 (MDF-01).</translation>
    </message>
    <message>
        <source>The budget has an allocation for %1, which would be outside its new dates.</source>
        <translation>Ngân sách có một khoản phân bổ cho %1, khoản này sẽ nằm ngoài thời gian mới của ngân sách.</translation>
    </message>
    <message numerus="yes">
        <source>This budget has %n allocation(s); delete them first.</source>
        <translation>
            <numerusform>Ngân sách này có %n khoản phân bổ; hãy xóa các khoản phân bổ trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>The allocation no longer exists.</source>
        <translation>Khoản phân bổ này không còn tồn tại.</translation>
    </message>
    <message>
        <source>The budget %1 was deleted; restore it first.</source>
        <translation>Ngân sách %1 đã bị xóa; hãy khôi phục ngân sách trước.</translation>
    </message>
    <message>
        <source>This allocation was deleted; restore it before editing.</source>
        <translation>Khoản phân bổ này đã bị xóa; hãy khôi phục trước khi sửa.</translation>
    </message>
    <message>
        <source>An allocation stays with its budget; create a new allocation instead.</source>
        <translation>Khoản phân bổ luôn gắn với ngân sách của nó; hãy tạo khoản phân bổ mới.</translation>
    </message>
    <message>
        <source>An allocation stays with its partner; create a new allocation instead.</source>
        <translation>Khoản phân bổ luôn gắn với đối tác của nó; hãy tạo khoản phân bổ mới.</translation>
    </message>
    <message numerus="yes">
        <source>%n fund request(s) draw on this allocation, so it cannot be deleted.</source>
        <translation>
            <numerusform>Có %n đề nghị cấp quỹ đang sử dụng khoản phân bổ này nên không thể xóa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfBudgetsScreen</name>
    <message>
        <source>Search budgets, programs and partners</source>
        <translation>Tìm ngân sách, chương trình và đối tác</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tất cả người phụ trách</translation>
    </message>
    <message>
        <source>My budgets</source>
        <translation>Ngân sách của tôi</translation>
    </message>
    <message>
        <source>Budgets of every CAM, or only those you own</source>
        <translation>Ngân sách của mọi CAM, hoặc chỉ những ngân sách do bạn phụ trách</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Mọi kỳ</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>Kỳ hiện tại</translation>
    </message>
    <message>
        <source>Every budget, or only those whose dates include today</source>
        <translation>Mọi ngân sách, hoặc chỉ những ngân sách có thời gian bao gồm hôm nay</translation>
    </message>
    <message>
        <source>Only the allocations of one partner (type part of its name, then pick it)</source>
        <translation>Chỉ các khoản phân bổ của một đối tác (nhập một phần tên rồi chọn trong danh sách)</translation>
    </message>
    <message>
        <source>New &amp;Budget…</source>
        <translation>&amp;Ngân sách mới…</translation>
    </message>
    <message>
        <source>Create an MDF budget for a program and period</source>
        <translation>Tạo ngân sách MDF cho một chương trình và thời kỳ</translation>
    </message>
    <message>
        <source>New &amp;Allocation…</source>
        <translation>Khoản &amp;phân bổ mới…</translation>
    </message>
    <message>
        <source>Set aside money of the selected budget for a partner and period</source>
        <translation>Dành một khoản tiền từ ngân sách đã chọn cho một đối tác và kỳ</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Edit the selected budget or allocation</source>
        <translation>Sửa ngân sách hoặc khoản phân bổ đã chọn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Delete the selected budget or allocation</source>
        <translation>Xóa ngân sách hoặc khoản phân bổ đã chọn</translation>
    </message>
    <message>
        <source>Show &amp;Requests</source>
        <translation>&amp;Hiển thị đề nghị</translation>
    </message>
    <message>
        <source>List the fund requests made against the selected allocation</source>
        <translation>Liệt kê các đề nghị cấp quỹ được lập từ khoản phân bổ đã chọn</translation>
    </message>
    <message>
        <source>New Re&amp;quest…</source>
        <translation>Đề nghị &amp;mới…</translation>
    </message>
    <message>
        <source>Start a fund request against the selected allocation</source>
        <translation>Lập đề nghị cấp quỹ từ khoản phân bổ đã chọn</translation>
    </message>
    <message>
        <source>MDF &amp;Settings…</source>
        <translation>&amp;Cài đặt MDF…</translation>
    </message>
    <message>
        <source>Approval limits, claim deadline warning and base currency</source>
        <translation>Hạn mức phê duyệt, cảnh báo hạn chót yêu cầu thanh toán và tiền tệ cơ sở</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <source>Read the budgets and balances again</source>
        <translation>Đọc lại ngân sách và số dư</translation>
    </message>
    <message>
        <source>Reading MDF budgets…</source>
        <translation>Đang đọc ngân sách MDF…</translation>
    </message>
    <message>
        <source>The MDF budgets could not be read: %1</source>
        <translation>Không thể đọc ngân sách MDF: %1</translation>
    </message>
    <message>
        <source>The record is saved but does not match the search and filters, so the tree does not show it.</source>
        <translation>Bản ghi đã được lưu nhưng không khớp với nội dung tìm kiếm và bộ lọc nên không hiển thị trong cây.</translation>
    </message>
    <message>
        <source>&amp;Edit Allocation…</source>
        <translation>&amp;Sửa khoản phân bổ…</translation>
    </message>
    <message>
        <source>&amp;Edit Budget…</source>
        <translation>&amp;Sửa ngân sách…</translation>
    </message>
    <message>
        <source>&amp;Delete Allocation</source>
        <translation>&amp;Xóa khoản phân bổ</translation>
    </message>
    <message>
        <source>&amp;Delete Budget</source>
        <translation>&amp;Xóa ngân sách</translation>
    </message>
    <message>
        <source>This allocation is not authorised, so no request can draw on it yet (MDF-03)</source>
        <translation>Khoản phân bổ này chưa được phép sử dụng nên chưa đề nghị nào có thể dùng khoản này (MDF-03)</translation>
    </message>
    <message>
        <source>A budget with allocations cannot be deleted; delete its allocations first</source>
        <translation>Không thể xóa ngân sách đã có khoản phân bổ; hãy xóa các khoản phân bổ trước</translation>
    </message>
    <message>
        <source>Delete the selected budget (Edit → Undo brings it back)</source>
        <translation>Xóa ngân sách đã chọn (Sửa → Hoàn tác sẽ khôi phục lại)</translation>
    </message>
    <message>
        <source>Delete the selected allocation; only one without requests can be deleted</source>
        <translation>Xóa khoản phân bổ đã chọn; chỉ có thể xóa khoản phân bổ chưa có đề nghị nào</translation>
    </message>
    <message>
        <source>No budget matches the search and filters.</source>
        <translation>Không có ngân sách nào phù hợp với nội dung tìm kiếm và bộ lọc.</translation>
    </message>
    <message>
        <source>No MDF budgets yet. Use New Budget to create one, then allocate it to partners.</source>
        <translation>Chưa có ngân sách MDF nào. Hãy dùng Ngân sách mới để tạo ngân sách, sau đó phân bổ cho các đối tác.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Status bar of the MDF budgets screen: &quot;3 budgets · 12 allocations&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s)</source>
        <translation>
            <numerusform>%n ngân sách</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s)</source>
        <translation>
            <numerusform>%n khoản phân bổ</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget %1 created with %2. Allocate it to partners with New Allocation.</source>
        <translation>Đã tạo ngân sách %1 với %2. Hãy phân bổ cho các đối tác bằng Khoản phân bổ mới.</translation>
    </message>
    <message>
        <source>Budget %1 created</source>
        <translation>Đã tạo ngân sách %1</translation>
    </message>
    <message>
        <source>Select the budget to allocate from first.</source>
        <translation>Hãy chọn ngân sách cần phân bổ trước.</translation>
    </message>
    <message>
        <source>Allocated %1 of %2 to %3 for %4.</source>
        <translation>Đã phân bổ %1 từ %2 cho %3 trong kỳ %4.</translation>
    </message>
    <message>
        <source>Budget %1 saved.</source>
        <translation>Đã lưu ngân sách %1.</translation>
    </message>
    <message>
        <source>Allocation saved.</source>
        <translation>Đã lưu khoản phân bổ.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted while it has allocations (%n allocation(s)). Delete or move its allocations first.</source>
        <translation>
            <numerusform>Không thể xóa %1 khi vẫn còn khoản phân bổ (%n khoản phân bổ). Hãy xóa hoặc chuyển các khoản phân bổ trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget %1 deleted. Edit → Undo brings it back.</source>
        <translation>Đã xóa ngân sách %1. Sửa → Hoàn tác sẽ khôi phục lại.</translation>
    </message>
    <message>
        <source>Allocation of %1 for %2 deleted. Edit → Undo brings it back.</source>
        <translation>Đã xóa khoản phân bổ của %1 cho kỳ %2. Sửa → Hoàn tác sẽ khôi phục lại.</translation>
    </message>
    <message>
        <source>MDF settings saved</source>
        <translation>Đã lưu cài đặt MDF</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfClaimPackage</name>
    <message>
        <source>Choose a comma, semicolon, bar or tab as separator.</source>
        <translation>Hãy chọn dấu phẩy, dấu chấm phẩy, dấu gạch đứng hoặc tab làm dấu phân cách.</translation>
    </message>
    <message>
        <source>Choose the claims to export.</source>
        <translation>Hãy chọn các yêu cầu thanh toán cần xuất.</translation>
    </message>
    <message>
        <source>“%1” is a file; choose a new or empty folder.</source>
        <translation>“%1” là một tệp; hãy chọn một thư mục mới hoặc thư mục trống.</translation>
    </message>
    <message>
        <source>The folder “%1” is not empty; choose a new or empty folder.</source>
        <translation>Thư mục “%1” không trống; hãy chọn một thư mục mới hoặc thư mục trống.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Thư mục “%1” không tồn tại.</translation>
    </message>
    <message>
        <source>A claim to export no longer exists (%1).</source>
        <translation>Một yêu cầu thanh toán cần xuất không còn tồn tại (%1).</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written: %2</source>
        <translation>Không thể ghi vào thư mục “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Không ghi được “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” of claim %2 was not exported: its content is not on this computer yet (sync to download it).</source>
        <translation>“%1” của yêu cầu thanh toán %2 không được xuất: nội dung tệp chưa có trên máy tính này (hãy đồng bộ để tải xuống).</translation>
    </message>
    <message>
        <source>“%1” of claim %2 was not exported: the stored file is damaged (its checksum does not match).</source>
        <translation>“%1” của yêu cầu thanh toán %2 không được xuất: tệp đã lưu bị hỏng (tổng kiểm tra không khớp).</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Không thể tạo thư mục “%1”.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Đã hủy việc xuất; không có gì được ghi.</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>Không ghi được “%1”.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Yêu cầu thanh toán</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Request title</source>
        <translation>Tiêu đề đề nghị</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Đã yêu cầu thanh toán</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Đã thanh toán</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Các dòng</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Attachments not exported</source>
        <translation>Tệp đính kèm không được xuất</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Spent on</source>
        <translation>Ngày chi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Chứng từ</translation>
    </message>
    <message>
        <source>The folder “%1” could not be replaced.</source>
        <translation>Không thể thay thế thư mục “%1”.</translation>
    </message>
    <message>
        <source>The package could not be moved to “%1”.</source>
        <translation>Không thể chuyển gói xuất sang “%1”.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfClaimPanel</name>
    <message>
        <source>Select a claim to see it. Claims are made against an approved fund request.</source>
        <translation>Chọn một yêu cầu thanh toán để xem. Yêu cầu thanh toán được lập dựa trên đề nghị cấp quỹ đã được phê duyệt.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>C&amp;laim</source>
        <translation>&amp;Yêu cầu thanh toán</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Ngày thanh toán</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Phương thức</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Số tham chiếu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Record payment…</source>
        <translation>&amp;Ghi nhận khoản thanh toán…</translation>
    </message>
    <message>
        <source>&amp;Void payment…</source>
        <translation>&amp;Hủy khoản thanh toán…</translation>
    </message>
    <message>
        <source>A wrong payment is voided with a reason, never edited; the history keeps it.</source>
        <translation>Khoản thanh toán sai sẽ được hủy kèm lý do, không bao giờ được sửa; lịch sử vẫn lưu lại khoản này.</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>&amp;Khoản thanh toán</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Lịch sử</translation>
    </message>
    <message>
        <source>Draft claim saved: attach its receipts, then submit it.</source>
        <translation>Đã lưu bản nháp yêu cầu thanh toán: hãy đính kèm hóa đơn/chứng từ rồi gửi đi.</translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>%1 is %2: claims are made only against an approved request (MDF-08).</source>
        <translation>%1 đang ở trạng thái %2: chỉ có thể lập yêu cầu thanh toán dựa trên đề nghị đã được phê duyệt (MDF-08).</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Yêu cầu thanh toán mới</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <extracomment>Claim panel title: number — title · status</extracomment>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Đề nghị %1</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Xóa bản nháp</translation>
    </message>
    <message>
        <source>Only a draft can be deleted; Edit → Undo brings it back.</source>
        <translation>Chỉ có thể xóa bản nháp; Sửa → Hoàn tác sẽ khôi phục lại.</translation>
    </message>
    <message>
        <source>E&amp;xport claim…</source>
        <translation>&amp;Xuất yêu cầu thanh toán…</translation>
    </message>
    <message>
        <source>Writes the claim, its lines, payments, history and attachments to a folder</source>
        <translation>Ghi yêu cầu thanh toán cùng các dòng, khoản thanh toán, lịch sử và tệp đính kèm vào một thư mục</translation>
    </message>
    <message>
        <source>Nothing approved yet.</source>
        <translation>Chưa có khoản nào được phê duyệt.</translation>
    </message>
    <message>
        <source>Paid: %1 of %2 approved</source>
        <translation>Đã thanh toán: %1 trên %2 đã phê duyệt</translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation>Còn phải thanh toán: %1</translation>
    </message>
    <message>
        <source>Fix the form first: the changes could not be saved.</source>
        <translation>Hãy sửa biểu mẫu trước: không thể lưu các thay đổi.</translation>
    </message>
    <message>
        <source>%1 %2: say why. The reason is kept in the history and the partner sees it.</source>
        <translation>%1 %2: hãy nêu lý do. Lý do sẽ được lưu trong lịch sử và đối tác sẽ thấy lý do này.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Request %1 can reimburse up to %2 (vendor share of %3 approved); other claims hold %4, so at most %5 can be approved here (MDF-09).</source>
        <translation>Đề nghị %1 có thể hoàn trả tối đa %2 (phần nhà cung cấp chi trả của %3 đã phê duyệt); các yêu cầu thanh toán khác đang giữ %4, vì vậy tối đa chỉ có thể phê duyệt %5 ở đây (MDF-09).</translation>
    </message>
    <message>
        <source>Approve claim %1 “%2” for %3 claimed. Approve less if not every expense is eligible.</source>
        <translation>Phê duyệt yêu cầu thanh toán %1 “%2” với số tiền yêu cầu %3. Hãy phê duyệt ít hơn nếu không phải khoản chi nào cũng hợp lệ.</translation>
    </message>
    <message>
        <source>Approved &amp;amount:</source>
        <translation>&amp;Số tiền phê duyệt:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Approved %1 of %2 claimed; record payments on the Payments tab.</source>
        <translation>Đã phê duyệt %1 trên %2 yêu cầu thanh toán; hãy ghi nhận khoản thanh toán trong thẻ Khoản thanh toán.</translation>
    </message>
    <message>
        <source>Payment of %1 recorded; the claim is %2.</source>
        <translation>Đã ghi nhận khoản thanh toán %1; yêu cầu thanh toán hiện ở trạng thái %2.</translation>
    </message>
    <message>
        <source>Void payment</source>
        <translation>Hủy khoản thanh toán</translation>
    </message>
    <message>
        <source>Void the payment of %1 on %2? It stays in the history with your reason; the claim&apos;s outstanding amount grows back.</source>
        <translation>Bạn có muốn hủy khoản thanh toán %1 ngày %2 không? Khoản này vẫn được lưu trong lịch sử cùng lý do của bạn; số tiền còn phải thanh toán của yêu cầu thanh toán sẽ tăng lại tương ứng.</translation>
    </message>
    <message>
        <source>Payment voided; the claim is %1.</source>
        <translation>Đã hủy khoản thanh toán; yêu cầu thanh toán hiện ở trạng thái %1.</translation>
    </message>
    <message>
        <source>%1 deleted; Edit → Undo brings it back</source>
        <translation>Đã xóa %1; Sửa → Hoàn tác sẽ khôi phục lại</translation>
    </message>
    <message>
        <source>Export claim %1 into…</source>
        <translation>Xuất yêu cầu thanh toán %1 vào…</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Đang xuất %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %1: %2 of %n attachment(s)…</source>
        <translation>
            <numerusform>Đang xuất %1: %2 trên %n tệp đính kèm…</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was canceled; nothing was written.</source>
        <translation>Đã hủy việc xuất; không có gì được ghi.</translation>
    </message>
    <message>
        <source>The claim could not be exported: %1</source>
        <translation>Không thể xuất yêu cầu thanh toán: %1</translation>
    </message>
    <message numerus="yes">
        <source>Claim %1 exported to %2 with %n attachment(s).</source>
        <translation>
            <numerusform>Đã xuất yêu cầu thanh toán %1 vào %2 cùng %n tệp đính kèm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim %1 exported to %2, but without these attachments:
%3</source>
        <translation>Đã xuất yêu cầu thanh toán %1 vào %2, nhưng thiếu các tệp đính kèm sau:
%3</translation>
    </message>
    <message>
        <source>%1 exported</source>
        <translation>Đã xuất %1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfClaimRepository</name>
    <message>
        <source>The number</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>The fund request</source>
        <translation>Đề nghị cấp quỹ</translation>
    </message>
    <message>
        <source>The status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>The approver</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <source>The approved amount</source>
        <translation>Số tiền phê duyệt</translation>
    </message>
    <message>
        <source>The submission date</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>The decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Say why the claim is rejected.</source>
        <translation>Hãy nêu lý do từ chối yêu cầu thanh toán.</translation>
    </message>
    <message>
        <source>Say what the partner must correct.</source>
        <translation>Hãy nêu những điểm đối tác cần chỉnh sửa.</translation>
    </message>
    <message>
        <source>Say why the claim is canceled.</source>
        <translation>Hãy nêu lý do hủy yêu cầu thanh toán.</translation>
    </message>
    <message>
        <source>Give a reason for &quot;%1&quot;.</source>
        <translation>Hãy nêu lý do cho thao tác “%1”.</translation>
    </message>
    <message>
        <source>The fund request was deleted.</source>
        <translation>Đề nghị cấp quỹ đã bị xóa.</translation>
    </message>
    <message>
        <source>Claims can be made only against an approved request; %1 is %2 (MDF-08).</source>
        <translation>Chỉ có thể lập yêu cầu thanh toán dựa trên đề nghị đã được phê duyệt; %1 đang ở trạng thái %2 (MDF-08).</translation>
    </message>
    <message>
        <source>The claim deadline of %1 was %2; claims are no longer accepted (MDF-10).</source>
        <translation>Hạn chót yêu cầu thanh toán của %1 là %2; không còn nhận yêu cầu thanh toán (MDF-10).</translation>
    </message>
    <message>
        <source>The claim no longer exists.</source>
        <translation>Yêu cầu thanh toán này không còn tồn tại.</translation>
    </message>
    <message>
        <source>Claim %1 already has the title &quot;%2&quot;; claim titles are unique (MDF-09).</source>
        <translation>Yêu cầu thanh toán %1 đã dùng tiêu đề “%2”; tiêu đề của yêu cầu thanh toán không được trùng nhau (MDF-09).</translation>
    </message>
    <message>
        <source>No free claim number could be found.</source>
        <translation>Không tìm được số hiệu yêu cầu thanh toán nào còn trống.</translation>
    </message>
    <message>
        <source>%1 cannot be edited: it changes only through the claim&apos;s actions (submit, approve…).</source>
        <translation>%1 không thể sửa trực tiếp: giá trị này chỉ thay đổi qua các thao tác trên yêu cầu thanh toán (gửi, phê duyệt…).</translation>
    </message>
    <message>
        <source>This claim is waiting for %1&apos;s decision.</source>
        <translation>Yêu cầu thanh toán này đang chờ %1 quyết định.</translation>
    </message>
    <message>
        <source>The approved amount must be more than zero; reject the claim instead.</source>
        <translation>Số tiền phê duyệt phải lớn hơn 0; nếu không, hãy từ chối yêu cầu thanh toán.</translation>
    </message>
    <message>
        <source>The approved amount (%1) cannot be more than the claimed amount (%2).</source>
        <translation>Số tiền phê duyệt (%1) không được lớn hơn số tiền yêu cầu thanh toán (%2).</translation>
    </message>
    <message>
        <source>The payment no longer exists.</source>
        <translation>Khoản thanh toán này không còn tồn tại.</translation>
    </message>
    <message>
        <source>The claim was deleted.</source>
        <translation>Yêu cầu thanh toán đã bị xóa.</translation>
    </message>
    <message>
        <source>Claim %1 is already paid in full (MDF-11).</source>
        <translation>Yêu cầu thanh toán %1 đã được thanh toán đầy đủ (MDF-11).</translation>
    </message>
    <message>
        <source>Only an approved claim can be paid; %1 is %2 (MDF-11).</source>
        <translation>Chỉ có thể thanh toán yêu cầu thanh toán đã được phê duyệt; %1 đang ở trạng thái %2 (MDF-11).</translation>
    </message>
    <message>
        <source>A payment is in its claim&apos;s currency (%1).</source>
        <translation>Khoản thanh toán phải tính bằng đơn vị tiền tệ của yêu cầu thanh toán (%1).</translation>
    </message>
    <message>
        <source>Say why the payment is voided.</source>
        <translation>Hãy nêu lý do hủy khoản thanh toán.</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>Tệp đính kèm này không còn tồn tại.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>Tệp %1 trống.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; attach a smaller file.</source>
        <translation>Tệp %1 lớn hơn %2 MiB; hãy đính kèm tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>The content of %1 has not been downloaded to this computer yet.</source>
        <translation>Nội dung của %1 chưa được tải xuống máy tính này.</translation>
    </message>
    <message>
        <source>%1 is damaged: its content does not match its checksum.</source>
        <translation>Tệp %1 bị hỏng: nội dung không khớp với tổng kiểm tra.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfClaimsScreen</name>
    <message>
        <source>New claim</source>
        <translation>Yêu cầu thanh toán mới</translation>
    </message>
    <message>
        <source>Start a draft claim against the request shown by the filter, or the selected claim&apos;s request (MDF-08: it must be approved)</source>
        <translation>Lập bản nháp yêu cầu thanh toán cho đề nghị đang được lọc, hoặc cho đề nghị của yêu cầu thanh toán đã chọn (MDF-08: đề nghị phải đã được phê duyệt)</translation>
    </message>
    <message>
        <source>Open an approved fund request (or one of its claims) to claim against it.</source>
        <translation>Hãy mở một đề nghị cấp quỹ đã được phê duyệt (hoặc một yêu cầu thanh toán của đề nghị đó) để lập yêu cầu thanh toán.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) waiting for your decision</source>
        <translation>
            <numerusform>%Ln yêu cầu thanh toán đang chờ bạn quyết định</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) match</source>
        <translation>
            <numerusform>%Ln yêu cầu thanh toán phù hợp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln yêu cầu thanh toán</numerusform>
        </translation>
    </message>
    <message>
        <source>No claim is waiting for your decision.</source>
        <translation>Không có yêu cầu thanh toán nào đang chờ bạn quyết định.</translation>
    </message>
    <message>
        <source>Every approved claim is paid in full.</source>
        <translation>Mọi yêu cầu thanh toán đã phê duyệt đều đã được thanh toán đầy đủ.</translation>
    </message>
    <message>
        <source>No claim matches the search, view and filters.</source>
        <translation>Không có yêu cầu thanh toán nào phù hợp với nội dung tìm kiếm, chế độ xem và bộ lọc.</translation>
    </message>
    <message>
        <source>No claims yet. Claims are made against approved fund requests: open one and use “New claim”.</source>
        <translation>Chưa có yêu cầu thanh toán nào. Yêu cầu thanh toán được lập dựa trên đề nghị cấp quỹ đã phê duyệt: hãy mở một đề nghị và dùng “Yêu cầu thanh toán mới”.</translation>
    </message>
    <message>
        <source>Request: %1 · %2</source>
        <extracomment>The filter chip of the claims list: number and title of one fund request</extracomment>
        <translation>Đề nghị: %1 · %2</translation>
    </message>
    <message>
        <source>Request: not found</source>
        <translation>Đề nghị: không tìm thấy</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfExportDialog</name>
    <message>
        <source>&amp;Protect against formulas (recommended)</source>
        <translation>&amp;Bảo vệ khỏi công thức (khuyến nghị)</translation>
    </message>
    <message>
        <source>Export Fund Requests</source>
        <translation>Xuất đề nghị cấp quỹ</translation>
    </message>
    <message>
        <source>Export Claims</source>
        <translation>Xuất yêu cầu thanh toán</translation>
    </message>
    <message numerus="yes">
        <source>Requests &amp;shown in the list (%Ln)</source>
        <translation>
            <numerusform>Các đề nghị đang &amp;hiển thị trong danh sách (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Claims &amp;shown in the list (%Ln)</source>
        <translation>
            <numerusform>Các yêu cầu thanh toán đang &amp;hiển thị trong danh sách (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All fund requests</source>
        <translation>Tất &amp;cả đề nghị cấp quỹ</translation>
    </message>
    <message>
        <source>&amp;All claims</source>
        <translation>Tất &amp;cả yêu cầu thanh toán</translation>
    </message>
    <message>
        <source>Excel (UTF-8 with BOM)</source>
        <translation>Excel (UTF-8 có BOM)</translation>
    </message>
    <message>
        <source>UTF-8 without BOM (Google Sheets, finance tools)</source>
        <translation>UTF-8 không có BOM (Google Sheets, phần mềm tài chính)</translation>
    </message>
    <message>
        <source>Unicode Text (UTF-16, tab-separated; older Excel)</source>
        <translation>Văn bản Unicode (UTF-16, phân cách bằng tab; Excel đời cũ)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Dấu phẩy ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Dấu chấm phẩy ( ; )</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Dấu gạch đứng ( | )</translation>
    </message>
    <message>
        <source>Cells starting with = + - @ get a leading apostrophe so spreadsheets never run them as formulas.</source>
        <translation>Các ô bắt đầu bằng = + - @ sẽ được thêm dấu nháy đơn ở đầu để bảng tính không bao giờ chạy chúng như công thức.</translation>
    </message>
    <message>
        <source>fund-requests</source>
        <translation>de-nghi-cap-quy</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>yeu-cau-thanh-toan</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;uyệt…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Đề nghị:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Yêu cầu thanh toán:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Dấu &amp;phân cách:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>Amounts are plain numbers with a Currency column; dates are ISO 8601 (YYYY-MM-DD), times UTC; statuses and activity types are their codes.</source>
        <translation>Số tiền là số thuần kèm cột Currency (tiền tệ); ngày theo ISO 8601 (YYYY-MM-DD), giờ theo UTC; trạng thái và loại hoạt động được ghi bằng mã.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Tệp văn bản (*.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Đã xuất %n dòng vào %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n value(s) are longer than Excel&apos;s %2 characters per cell and will be cut off there.</source>
        <translation>
            <numerusform>%1 %n giá trị dài hơn giới hạn %2 ký tự mỗi ô của Excel và sẽ bị cắt bớt khi mở bằng Excel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Đã hủy việc xuất; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>The export failed; no file was written: %1</source>
        <translation>Xuất không thành công; không có tệp nào được ghi: %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfExporter</name>
    <message>
        <source>The records could not be read from the database; no file was written.</source>
        <translation>Không thể đọc bản ghi từ cơ sở dữ liệu; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Đã hủy việc xuất; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>The delimiter must be a comma, a semicolon, a tab or a vertical bar.</source>
        <translation>Dấu phân cách phải là dấu phẩy, dấu chấm phẩy, ký tự tab hoặc dấu gạch đứng.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Cơ sở dữ liệu chưa được mở.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>Không thể ghi “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Không ghi được “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>Không thể lưu “%1”: %2</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfFilterBar</name>
    <message>
        <source>Search number, title, partner or campaign…</source>
        <translation>Tìm theo số hiệu, tiêu đề, đối tác hoặc chiến dịch…</translation>
    </message>
    <message>
        <source>Search number, title, partner or request…</source>
        <translation>Tìm theo số hiệu, tiêu đề, đối tác hoặc đề nghị…</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Tất cả đề nghị</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>Tất cả yêu cầu thanh toán</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Chế độ xem đã lưu</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>Đang chờ tôi</translation>
    </message>
    <message>
        <source>Submitted and waiting for your decision, oldest first; those past the decision target are flagged</source>
        <translation>Đã gửi và đang chờ bạn quyết định, cũ nhất trước; các mục đã quá thời hạn quyết định được đánh dấu</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Bản nháp</translation>
    </message>
    <message numerus="yes">
        <source>Deadline in ≤ %n day(s)</source>
        <translation>
            <numerusform>Hạn chót trong ≤ %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Chưa thanh toán</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Tất cả hoạt động</translation>
    </message>
    <message>
        <source>All budgets</source>
        <translation>Tất cả ngân sách</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Hoạt động:</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>Ngày gửi:</translation>
    </message>
    <message>
        <source>Activities running on or after this day</source>
        <translation>Hoạt động diễn ra từ ngày này trở đi</translation>
    </message>
    <message>
        <source>Submitted on or after this day</source>
        <translation>Gửi từ ngày này trở đi</translation>
    </message>
    <message>
        <source>Activities running on or before this day</source>
        <translation>Hoạt động diễn ra đến hết ngày này</translation>
    </message>
    <message>
        <source>Submitted on or before this day</source>
        <translation>Gửi đến hết ngày này</translation>
    </message>
    <message>
        <source>Activity from</source>
        <translation>Hoạt động từ</translation>
    </message>
    <message>
        <source>Submitted from</source>
        <translation>Gửi từ</translation>
    </message>
    <message>
        <source>Activity until</source>
        <translation>Hoạt động đến</translation>
    </message>
    <message>
        <source>Submitted until</source>
        <translation>Gửi đến</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <source>Clear the search, the view and all filters</source>
        <translation>Xóa nội dung tìm kiếm, chế độ xem và tất cả bộ lọc</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Bỏ bộ lọc này</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfForm</name>
    <message>
        <source>The database could not be read.</source>
        <translation>Không thể đọc cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The allocation no longer exists.</source>
        <translation>Khoản phân bổ này không còn tồn tại.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfGenerator</name>
    <message>
        <source>The database is busy in another window or program. Try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang được một cửa sổ hoặc chương trình khác sử dụng. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was saved.</source>
        <translation>Ổ đĩa đã đầy. Hãy giải phóng bớt dung lượng; không có dữ liệu nào được lưu.</translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation>Tệp cơ sở dữ liệu ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>The database could not complete the operation; nothing was saved.</source>
        <translation>Cơ sở dữ liệu không thể hoàn tất thao tác; không có dữ liệu nào được lưu.</translation>
    </message>
    <message>
        <source>There are no partners to allocate funds to. Add or generate partners first.</source>
        <translation>Không có đối tác nào để phân bổ quỹ. Hãy thêm hoặc tạo đối tác trước.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Cơ sở dữ liệu chưa được mở.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfHistoryPanel</name>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Đã tạo</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Đã sửa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>More information requested</source>
        <translation>Đã yêu cầu bổ sung thông tin</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Escalated to a higher approver</source>
        <translation>Đã chuyển lên người phê duyệt cấp trên</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Đã bác bỏ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>Đã trả lại để chỉnh sửa</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>Đã ghi nhận khoản thanh toán</translation>
    </message>
    <message>
        <source>Payment voided</source>
        <translation>Đã hủy khoản thanh toán</translation>
    </message>
    <message>
        <source>Payment restored</source>
        <translation>Đã khôi phục khoản thanh toán</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Đã thêm tệp đính kèm</translation>
    </message>
    <message>
        <source>Attachment removed</source>
        <translation>Đã xóa tệp đính kèm</translation>
    </message>
    <message>
        <source>ChannelDesk (scheduled)</source>
        <translation>ChannelDesk (tự động theo lịch)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>Status change in the MDF history, e.g. &quot;Submitted → Partially approved&quot;</extracomment>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfLedger</name>
    <message>
        <source>The budget no longer exists.</source>
        <translation>Ngân sách này không còn tồn tại.</translation>
    </message>
    <message>
        <source>Allocations would exceed the budget: %1 allocated of %2 (MDF-01).</source>
        <translation>Các khoản phân bổ sẽ vượt ngân sách: đã phân bổ %1 trên %2 (MDF-01).</translation>
    </message>
    <message>
        <source>The budget cannot be less than what is allocated from it: %1 allocated, %2 budgeted (MDF-01).</source>
        <translation>Ngân sách không được nhỏ hơn số tiền đã phân bổ từ ngân sách: đã phân bổ %1, ngân sách %2 (MDF-01).</translation>
    </message>
    <message>
        <source>The allocation no longer exists.</source>
        <translation>Khoản phân bổ này không còn tồn tại.</translation>
    </message>
    <message>
        <source>The allocation cannot be less than what approved requests hold: %1 committed, %2 allocated (MDF-01).</source>
        <translation>Khoản phân bổ không được nhỏ hơn số tiền các đề nghị đã phê duyệt đang giữ: đã cam kết %1, đã phân bổ %2 (MDF-01).</translation>
    </message>
    <message>
        <source>Approved requests would exceed the allocation: %1 committed of %2 (MDF-02).</source>
        <translation>Các đề nghị đã phê duyệt sẽ vượt khoản phân bổ: đã cam kết %1 trên %2 (MDF-02).</translation>
    </message>
    <message>
        <source>The fund request no longer exists.</source>
        <translation>Đề nghị cấp quỹ này không còn tồn tại.</translation>
    </message>
    <message>
        <source>Claims would exceed what the request can reimburse: %1 claimed of %2 (%3 % of %4 approved) (MDF-09).</source>
        <translation>Các yêu cầu thanh toán sẽ vượt số tiền đề nghị có thể hoàn trả: đã yêu cầu thanh toán %1 trên %2 (%3 % của %4 đã phê duyệt) (MDF-09).</translation>
    </message>
    <message>
        <source>The claim no longer exists.</source>
        <translation>Yêu cầu thanh toán này không còn tồn tại.</translation>
    </message>
    <message>
        <source>Payments would exceed the approved claim: %1 paid of %2 approved (MDF-11).</source>
        <translation>Các khoản thanh toán sẽ vượt số tiền yêu cầu thanh toán đã phê duyệt: đã thanh toán %1 trên %2 đã phê duyệt (MDF-11).</translation>
    </message>
    <message>
        <source>%1 is in %2 but what it belongs to is in %3 (MDF-01).</source>
        <translation>%1 tính bằng %2 nhưng bản ghi cấp trên của nó tính bằng %3 (MDF-01).</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Đề nghị %1</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>Yêu cầu thanh toán %1</translation>
    </message>
    <message>
        <source>A payment</source>
        <translation>Một khoản thanh toán</translation>
    </message>
    <message>
        <source>%1: %2 is %3 but its rows add up to %4.</source>
        <translation>%1: %2 là %3 nhưng tổng các dòng là %4.</translation>
    </message>
    <message>
        <source>%1: %2 paid of %3 approved (MDF-11).</source>
        <translation>%1: đã thanh toán %2 trên %3 đã phê duyệt (MDF-11).</translation>
    </message>
    <message>
        <source>%1 is %2 but %3 of %4 is paid (MDF-11).</source>
        <translation>%1 đang ở trạng thái %2 nhưng đã thanh toán %3 trên %4 (MDF-11).</translation>
    </message>
    <message>
        <source>%1 is %2 but has payments of %3 (MDF-11).</source>
        <translation>%1 đang ở trạng thái %2 nhưng đã có khoản thanh toán %3 (MDF-11).</translation>
    </message>
    <message>
        <source>%1: %2 claimed of %3 (%4 % of %5 approved) (MDF-09).</source>
        <translation>%1: đã yêu cầu thanh toán %2 trên %3 (%4 % của %5 đã phê duyệt) (MDF-09).</translation>
    </message>
    <message>
        <source>Allocation %1</source>
        <translation>Khoản phân bổ %1</translation>
    </message>
    <message>
        <source>%1 is in %2 but its budget %3 is in %4 (MDF-01).</source>
        <translation>%1 tính bằng %2 nhưng ngân sách %3 của nó tính bằng %4 (MDF-01).</translation>
    </message>
    <message>
        <source>%1 has a negative amount (%2) (MDF-01).</source>
        <translation>%1 có số tiền âm (%2) (MDF-01).</translation>
    </message>
    <message>
        <source>%1: %2 committed of %3 (MDF-02).</source>
        <translation>%1: đã cam kết %2 trên %3 (MDF-02).</translation>
    </message>
    <message>
        <source>Budget %1: %2 allocated of %3 (MDF-01).</source>
        <translation>Ngân sách %1: đã phân bổ %2 trên %3 (MDF-01).</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfListLoader</name>
    <message>
        <source>The list could not be loaded.</source>
        <translation>Không thể tải danh sách.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message numerus="yes">
        <source>waiting %Ln hour(s)</source>
        <translation>
            <numerusform>đang chờ %Ln giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %Ln day(s)</source>
        <translation>
            <numerusform>đang chờ %Ln ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submitted %1, waiting for %2: past the %n-hour decision target</source>
        <translation>
            <numerusform>Gửi lúc %1, đang chờ %2: đã quá thời hạn quyết định %n giờ</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted %1, waiting for %2</source>
        <translation>Gửi lúc %1, đang chờ %2</translation>
    </message>
    <message>
        <source>The claim deadline has passed: no more claims can be submitted.</source>
        <translation>Đã quá hạn chót yêu cầu thanh toán: không thể gửi thêm yêu cầu thanh toán.</translation>
    </message>
    <message numerus="yes">
        <source>Claims must be submitted by %1 (%n day(s) left)</source>
        <translation>
            <numerusform>Phải gửi yêu cầu thanh toán chậm nhất vào %1 (còn %n ngày)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfListScreen</name>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>Save the rows the list shows, in its order, as a CSV file</source>
        <translation>Lưu các dòng đang hiển thị trong danh sách, theo đúng thứ tự, thành tệp CSV</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>Đã xuất %Ln dòng vào %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfListSpecs</name>
    <message>
        <source>Number</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Số tiền đề nghị</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>The approved amount (MDF-06: it may be less than requested)</source>
        <translation>Số tiền được phê duyệt (MDF-06: có thể thấp hơn số tiền đề nghị)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Claim deadline</source>
        <translation>Hạn chót yêu cầu thanh toán</translation>
    </message>
    <message>
        <source>Claims must be submitted by this day (activity end + the budget&apos;s claim days)</source>
        <translation>Phải gửi yêu cầu thanh toán chậm nhất vào ngày này (ngày kết thúc hoạt động + số ngày yêu cầu thanh toán của ngân sách)</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>When the request was submitted; while it waits for a decision, for how long</source>
        <translation>Thời điểm gửi đề nghị; khi đang chờ quyết định thì hiển thị thời gian đã chờ</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <source>Who decides: the approver it was escalated to, else the budget&apos;s owner</source>
        <translation>Người quyết định: người phê duyệt cấp trên mà đề nghị đã được chuyển đến, nếu không thì là người phụ trách ngân sách</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>The approved fund request the claim is made against (MDF-08)</source>
        <translation>Đề nghị cấp quỹ đã phê duyệt mà yêu cầu thanh toán dựa vào (MDF-08)</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Đã yêu cầu thanh toán</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Đã thanh toán</translation>
    </message>
    <message>
        <source>Payments recorded so far (MDF-11: one or more per approved claim)</source>
        <translation>Các khoản thanh toán đã ghi nhận đến nay (MDF-11: một hoặc nhiều khoản cho mỗi yêu cầu thanh toán đã phê duyệt)</translation>
    </message>
    <message>
        <source>When the claim was submitted; while it waits for a decision, for how long</source>
        <translation>Thời điểm gửi yêu cầu thanh toán; khi đang chờ quyết định thì hiển thị thời gian đã chờ</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Ngày quyết định</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfReasonDialog</name>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Hãy nhập số tiền lớn hơn 0.</translation>
    </message>
    <message>
        <source>The amount is above that limit.</source>
        <translation>Số tiền vượt quá giới hạn nêu trên.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfRequestPanel</name>
    <message>
        <source>Select a fund request to see it, or start a new one.</source>
        <translation>Chọn một đề nghị cấp quỹ để xem, hoặc lập đề nghị mới.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Số dư</translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation>Đã phê duyệt:</translation>
    </message>
    <message>
        <source>Vendor share cap:</source>
        <translation>Mức nhà cung cấp chi trả tối đa:</translation>
    </message>
    <message>
        <source>Claimed:</source>
        <translation>Đã yêu cầu thanh toán:</translation>
    </message>
    <message>
        <source>Left to claim:</source>
        <translation>Còn có thể yêu cầu thanh toán:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Đã thanh toán:</translation>
    </message>
    <message>
        <source>Claim deadline:</source>
        <translation>Hạn chót yêu cầu thanh toán:</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>Đề &amp;nghị</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Đã yêu cầu thanh toán</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Đã thanh toán</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>&amp;Open claim</source>
        <translation>&amp;Xem yêu cầu thanh toán</translation>
    </message>
    <message>
        <source>&amp;New claim…</source>
        <translation>Yêu cầu thanh toán &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>&amp;Yêu cầu thanh toán</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Lịch sử</translation>
    </message>
    <message>
        <source>Draft saved. Submit it when it is complete; Edit → Undo removes it.</source>
        <translation>Đã lưu bản nháp. Hãy gửi khi đã hoàn tất; Sửa → Hoàn tác sẽ xóa bản nháp này.</translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Unsaved changes are saved before a workflow step.</source>
        <translation>Các thay đổi chưa lưu sẽ được lưu trước mỗi bước xử lý.</translation>
    </message>
    <message>
        <source>New fund request</source>
        <translation>Đề nghị cấp quỹ mới</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <extracomment>Request panel title: number — title · status</extracomment>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>Waiting for a decision.</source>
        <translation>Đang chờ quyết định.</translation>
    </message>
    <message>
        <source>Waiting for %1&apos;s decision.</source>
        <translation>Đang chờ %1 quyết định.</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Xóa bản nháp</translation>
    </message>
    <message>
        <source>Only a draft can be deleted; Edit → Undo brings it back.</source>
        <translation>Chỉ có thể xóa bản nháp; Sửa → Hoàn tác sẽ khôi phục lại.</translation>
    </message>
    <message>
        <source>%1 of %2 requested</source>
        <translation>%1 trên %2 đã đề nghị</translation>
    </message>
    <message>
        <source>%1 (%2%3 of the approved amount)</source>
        <translation>%1 (%2%3 số tiền đã phê duyệt)</translation>
    </message>
    <message>
        <source>%1 (approved claims %2)</source>
        <translation>%1 (yêu cầu thanh toán đã phê duyệt: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message numerus="yes">
        <source>%1 — passed %n day(s) ago; no more claims can be submitted</source>
        <translation>
            <numerusform>%1 — đã quá %n ngày; không thể gửi thêm yêu cầu thanh toán</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — today is the last day to submit claims</source>
        <translation>%1 — hôm nay là ngày cuối cùng để gửi yêu cầu thanh toán</translation>
    </message>
    <message numerus="yes">
        <source>%1 — in %n day(s)</source>
        <translation>
            <numerusform>%1 — còn %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (còn %n ngày)</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims can be made once the request is approved (MDF-08).</source>
        <translation>Có thể lập yêu cầu thanh toán sau khi đề nghị được phê duyệt (MDF-08).</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n yêu cầu thanh toán</numerusform>
        </translation>
    </message>
    <message>
        <source>The request is closed: no more claims.</source>
        <translation>Đề nghị đã đóng: không nhận thêm yêu cầu thanh toán.</translation>
    </message>
    <message>
        <source>&amp;Claims (%1)</source>
        <translation>&amp;Yêu cầu thanh toán (%1)</translation>
    </message>
    <message>
        <source>Fix the form first: the changes could not be saved.</source>
        <translation>Hãy sửa biểu mẫu trước: không thể lưu các thay đổi.</translation>
    </message>
    <message>
        <source>Close %1: no more claims can be made, and what is not claimed returns to the allocation.</source>
        <translation>Đóng %1: sẽ không thể lập thêm yêu cầu thanh toán, và phần chưa yêu cầu thanh toán sẽ được trả về khoản phân bổ.</translation>
    </message>
    <message>
        <source>%1 %2: say why. The reason is kept in the history and the partner sees it.</source>
        <translation>%1 %2: hãy nêu lý do. Lý do sẽ được lưu trong lịch sử và đối tác sẽ thấy lý do này.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Escalated: %1 is above your approval limit, so the request now waits for %2&apos;s decision. Nothing is approved yet.</source>
        <translation>Đã chuyển lên cấp trên: %1 vượt hạn mức phê duyệt của bạn nên đề nghị hiện đang chờ %2 quyết định. Chưa có khoản nào được phê duyệt.</translation>
    </message>
    <message>
        <source>the next approver</source>
        <translation>người phê duyệt cấp tiếp theo</translation>
    </message>
    <message>
        <source>%1: %2 of %3 approved; claims up to %4 are due by %5.</source>
        <translation>%1: đã phê duyệt %2 trên %3; có thể yêu cầu thanh toán tối đa %4, hạn chót %5.</translation>
    </message>
    <message>
        <source>%1 deleted; Edit → Undo brings it back</source>
        <translation>Đã xóa %1; Sửa → Hoàn tác sẽ khôi phục lại</translation>
    </message>
    <message>
        <source>New claim for %1</source>
        <translation>Yêu cầu thanh toán mới cho %1</translation>
    </message>
    <message>
        <source>Create claim</source>
        <translation>Tạo yêu cầu thanh toán</translation>
    </message>
    <message>
        <source>Claim %1 created</source>
        <translation>Đã tạo yêu cầu thanh toán %1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfRequestRepository</name>
    <message>
        <source>The number</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>The status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>The approver</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <source>The approved amount</source>
        <translation>Số tiền phê duyệt</translation>
    </message>
    <message>
        <source>The submission date</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>The decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>The claim deadline</source>
        <translation>Hạn chót yêu cầu thanh toán</translation>
    </message>
    <message>
        <source>Say what information the request needs.</source>
        <translation>Hãy nêu những thông tin đề nghị cần bổ sung.</translation>
    </message>
    <message>
        <source>Say why the request is rejected.</source>
        <translation>Hãy nêu lý do từ chối đề nghị.</translation>
    </message>
    <message>
        <source>Say why the request is declined.</source>
        <translation>Hãy nêu lý do bác bỏ đề nghị.</translation>
    </message>
    <message>
        <source>Say why the request is canceled.</source>
        <translation>Hãy nêu lý do hủy đề nghị.</translation>
    </message>
    <message>
        <source>Give a reason for &quot;%1&quot;.</source>
        <translation>Hãy nêu lý do cho thao tác “%1”.</translation>
    </message>
    <message>
        <source>The allocation no longer exists.</source>
        <translation>Khoản phân bổ này không còn tồn tại.</translation>
    </message>
    <message>
        <source>The budget of this allocation is not available on this computer.</source>
        <translation>Ngân sách của khoản phân bổ này không có trên máy tính này.</translation>
    </message>
    <message>
        <source>The allocation was deleted.</source>
        <translation>Khoản phân bổ đã bị xóa.</translation>
    </message>
    <message>
        <source>The budget %1 was deleted.</source>
        <translation>Ngân sách %1 đã bị xóa.</translation>
    </message>
    <message>
        <source>The allocation for %1 is not authorised yet, so requests cannot draw on it (MDF-03).</source>
        <translation>Khoản phân bổ cho %1 chưa được phép sử dụng nên các đề nghị chưa thể dùng khoản này (MDF-03).</translation>
    </message>
    <message>
        <source>The fund request no longer exists.</source>
        <translation>Đề nghị cấp quỹ này không còn tồn tại.</translation>
    </message>
    <message>
        <source>There is no fund request %1.</source>
        <translation>Không có đề nghị cấp quỹ %1.</translation>
    </message>
    <message>
        <source>No free request number could be found.</source>
        <translation>Không tìm được số hiệu đề nghị nào còn trống.</translation>
    </message>
    <message>
        <source>%1 cannot be edited: it changes only through the request&apos;s actions (submit, approve…).</source>
        <translation>%1 không thể sửa trực tiếp: giá trị này chỉ thay đổi qua các thao tác trên đề nghị (gửi, phê duyệt…).</translation>
    </message>
    <message>
        <source>Claims were submitted against this request, so it cannot be canceled; close it instead.</source>
        <translation>Đã có yêu cầu thanh toán được gửi cho đề nghị này nên không thể hủy; hãy đóng đề nghị.</translation>
    </message>
    <message>
        <source>This request is waiting for %1&apos;s decision.</source>
        <translation>Đề nghị này đang chờ %1 quyết định.</translation>
    </message>
    <message>
        <source>Line %1 has two decisions; keep one.</source>
        <translation>Dòng %1 có hai quyết định; hãy giữ lại một.</translation>
    </message>
    <message>
        <source>This request has no line %1.</source>
        <translation>Đề nghị này không có dòng %1.</translation>
    </message>
    <message>
        <source>Line %1 (%2): a changed amount must be more than zero and less than the requested %3.</source>
        <translation>Dòng %1 (%2): số tiền điều chỉnh phải lớn hơn 0 và nhỏ hơn số tiền đề nghị %3.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a decision.</source>
        <translation>Dòng %1: “%2” không phải là quyết định hợp lệ.</translation>
    </message>
    <message>
        <source>Every line is denied; reject or decline the request instead.</source>
        <translation>Tất cả các dòng đều không được chấp nhận; hãy từ chối hoặc bác bỏ đề nghị.</translation>
    </message>
    <message>
        <source>There is no %1 to %2 exchange rate for %3, so the approval limit cannot be checked; add the rate first.</source>
        <translation>Không có tỷ giá từ %1 sang %2 cho ngày %3 nên không thể kiểm tra hạn mức phê duyệt; hãy thêm tỷ giá trước.</translation>
    </message>
    <message>
        <source>The approved amount (%1) is above %2&apos;s approval limit of %3, and no one to escalate to is set.</source>
        <translation>Số tiền phê duyệt (%1) vượt hạn mức phê duyệt %3 của %2, và chưa thiết lập người phê duyệt cấp trên.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfRequestsScreen</name>
    <message>
        <source>New request</source>
        <translation>Đề nghị mới</translation>
    </message>
    <message>
        <source>Start a draft fund request</source>
        <translation>Lập bản nháp đề nghị cấp quỹ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) waiting for your decision</source>
        <translation>
            <numerusform>%Ln đề nghị đang chờ bạn quyết định</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fund request(s) match</source>
        <translation>
            <numerusform>%Ln đề nghị cấp quỹ phù hợp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fund request(s)</source>
        <translation>
            <numerusform>%Ln đề nghị cấp quỹ</numerusform>
        </translation>
    </message>
    <message>
        <source>No fund request is waiting for your decision.</source>
        <translation>Không có đề nghị cấp quỹ nào đang chờ bạn quyết định.</translation>
    </message>
    <message numerus="yes">
        <source>No approved request has a claim deadline within %n day(s).</source>
        <translation>
            <numerusform>Không có đề nghị đã phê duyệt nào có hạn chót yêu cầu thanh toán trong vòng %n ngày tới.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fund request matches the search, view and filters.</source>
        <translation>Không có đề nghị cấp quỹ nào phù hợp với nội dung tìm kiếm, chế độ xem và bộ lọc.</translation>
    </message>
    <message>
        <source>No fund requests yet. Use “New request” to ask for funds from a partner&apos;s allocation.</source>
        <translation>Chưa có đề nghị cấp quỹ nào. Hãy dùng “Đề nghị mới” để xin cấp quỹ từ khoản phân bổ của một đối tác.</translation>
    </message>
    <message>
        <source>Allocation: %1 · %2 · %3</source>
        <extracomment>The filter chip of the requests list: partner, period and budget of one allocation</extracomment>
        <translation>Khoản phân bổ: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Allocation: not found</source>
        <translation>Khoản phân bổ: không tìm thấy</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfSettings</name>
    <message numerus="yes">
        <source>The deadline warning must be between 0 and %n days.</source>
        <translation>
            <numerusform>Thời gian cảnh báo hạn chót phải từ 0 đến %n ngày.</numerusform>
        </translation>
    </message>
    <message>
        <source>The decision time must be at least one hour.</source>
        <translation>Thời hạn ra quyết định phải ít nhất là một giờ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation>“%1” không phải là mã tiền tệ ISO 4217.</translation>
    </message>
    <message>
        <source>Enter the approver of every limit.</source>
        <translation>Hãy nhập người phê duyệt cho từng hạn mức.</translation>
    </message>
    <message>
        <source>The limit of %1 cannot be negative.</source>
        <translation>Hạn mức của %1 không được âm.</translation>
    </message>
    <message>
        <source>%1 has two approval limits; keep one.</source>
        <translation>%1 có hai hạn mức phê duyệt; hãy giữ lại một.</translation>
    </message>
    <message>
        <source>The escalation from %1 comes back to %1; end the chain with someone who has no limit.</source>
        <translation>Chuỗi chuyển cấp trên từ %1 lại quay về %1; hãy kết thúc chuỗi bằng một người không có hạn mức.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfSettingsDialog</name>
    <message>
        <source>MDF Settings</source>
        <translation>Cài đặt MDF</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>MDF-10: warn about an approved request whose claim deadline is this close</source>
        <translation>MDF-10: cảnh báo về đề nghị đã phê duyệt khi hạn chót yêu cầu thanh toán chỉ còn trong khoảng này</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> giờ</translation>
    </message>
    <message>
        <source>Submissions waiting longer for a decision are flagged in the approvals queue</source>
        <translation>Các hồ sơ chờ quyết định lâu hơn khoảng này sẽ được đánh dấu trong hàng đợi phê duyệt</translation>
    </message>
    <message>
        <source>ISO 4217 code of the currency approval limits are in; requests in other currencies are converted with the deal settings&apos; rates</source>
        <translation>Mã ISO 4217 của đơn vị tiền tệ dùng cho hạn mức phê duyệt; đề nghị bằng tiền tệ khác được quy đổi theo tỷ giá trong cài đặt thương vụ</translation>
    </message>
    <message>
        <source>&amp;Add Approver</source>
        <translation>&amp;Thêm người phê duyệt</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Warn about claim deadlines &amp;within:</source>
        <translation>Cảnh báo hạn chót yêu cầu thanh toán t&amp;rong vòng:</translation>
    </message>
    <message>
        <source>Flag undecided submissions &amp;after:</source>
        <translation>Đánh dấu hồ sơ chưa quyết định s&amp;au:</translation>
    </message>
    <message>
        <source>&amp;Base currency:</source>
        <translation>T&amp;iền tệ cơ sở:</translation>
    </message>
    <message>
        <source>Approval limits (MDF-05): an approver may approve requests up to their limit, in the base currency; a larger request goes to the person under “Escalate to”. Approvers without a row have no limit.</source>
        <translation>Hạn mức phê duyệt (MDF-05): người phê duyệt có thể phê duyệt đề nghị trong phạm vi hạn mức của mình, tính bằng tiền tệ cơ sở; đề nghị lớn hơn sẽ được chuyển cho người ở cột “Chuyển cấp trên đến”. Người phê duyệt không có dòng nào thì không bị giới hạn.</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <source>Limit (%1)</source>
        <translation>Hạn mức (%1)</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation>Chuyển cấp trên đến</translation>
    </message>
    <message>
        <source>The MDF settings could not be read: %1</source>
        <translation>Không thể đọc cài đặt MDF: %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>%1 = row number in the approval limits table, %2 = what is wrong there</extracomment>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a currency code. Enter the three-letter ISO 4217 code of the base currency, for example USD or EUR.</source>
        <translation>“%1” không phải là mã tiền tệ. Hãy nhập mã ISO 4217 gồm ba chữ cái của tiền tệ cơ sở, ví dụ USD hoặc EUR.</translation>
    </message>
    <message>
        <source>Enter the approver&apos;s user name.</source>
        <translation>Hãy nhập tên người dùng của người phê duyệt.</translation>
    </message>
    <message>
        <source>%1 already has a limit; keep one row per approver.</source>
        <translation>%1 đã có hạn mức; mỗi người phê duyệt chỉ giữ một dòng.</translation>
    </message>
    <message>
        <source>Enter the limit of %1 in %2.</source>
        <translation>Hãy nhập hạn mức của %1 bằng %2.</translation>
    </message>
    <message>
        <source>%1 cannot escalate to themselves.</source>
        <translation>%1 không thể chuyển cấp trên cho chính mình.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Không có gì được lưu. %1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfValidator</name>
    <message numerus="yes">
        <source>%1 is too long: at most %n characters.</source>
        <translation>
            <numerusform>%1 quá dài: tối đa %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the currency.</source>
        <translation>Hãy chọn đơn vị tiền tệ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation>“%1” không phải là mã tiền tệ ISO 4217.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 không được âm.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 quá lớn.</translation>
    </message>
    <message>
        <source>The vendor share must be between 0.01 % and 100 %.</source>
        <translation>Phần nhà cung cấp chi trả phải từ 0,01 % đến 100 %.</translation>
    </message>
    <message>
        <source>Enter the budget&apos;s name.</source>
        <translation>Hãy nhập tên ngân sách.</translation>
    </message>
    <message>
        <source>The budget&apos;s name</source>
        <translation>Tên ngân sách</translation>
    </message>
    <message>
        <source>The program</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Enter the first day of the budget&apos;s period.</source>
        <translation>Hãy nhập ngày đầu tiên của thời kỳ ngân sách.</translation>
    </message>
    <message>
        <source>Enter the last day of the budget&apos;s period.</source>
        <translation>Hãy nhập ngày cuối cùng của thời kỳ ngân sách.</translation>
    </message>
    <message>
        <source>The budget&apos;s period ends before it starts.</source>
        <translation>Thời kỳ ngân sách kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>The budget&apos;s amount</source>
        <translation>Số tiền ngân sách</translation>
    </message>
    <message numerus="yes">
        <source>The claim period must be between 0 and %n days after the activity.</source>
        <translation>
            <numerusform>Thời hạn yêu cầu thanh toán phải từ 0 đến %n ngày sau hoạt động.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the budget.</source>
        <translation>Hãy chọn ngân sách.</translation>
    </message>
    <message>
        <source>Choose the partner.</source>
        <translation>Hãy chọn đối tác.</translation>
    </message>
    <message>
        <source>Enter the period (for example 2027, 2027-H1, 2027-Q1 or 2027-03).</source>
        <translation>Hãy nhập kỳ (ví dụ 2027, 2027-H1, 2027-Q1 hoặc 2027-03).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period; write 2027, 2027-H1, 2027-Q1 or 2027-03.</source>
        <translation>“%1” không phải là kỳ hợp lệ; hãy viết 2027, 2027-H1, 2027-Q1 hoặc 2027-03.</translation>
    </message>
    <message>
        <source>The allocation&apos;s amount</source>
        <translation>Số tiền phân bổ</translation>
    </message>
    <message>
        <source>Enter the activity&apos;s title.</source>
        <translation>Hãy nhập tiêu đề của hoạt động.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>The campaign</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <source>The approver</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>The expected outcome</source>
        <translation>Kết quả dự kiến</translation>
    </message>
    <message>
        <source>Choose the allocation to draw on.</source>
        <translation>Hãy chọn khoản phân bổ cần sử dụng.</translation>
    </message>
    <message>
        <source>Choose the type of activity.</source>
        <translation>Hãy chọn loại hoạt động.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a type of activity.</source>
        <translation>“%1” không phải là loại hoạt động hợp lệ.</translation>
    </message>
    <message>
        <source>Enter the day the activity starts.</source>
        <translation>Hãy nhập ngày bắt đầu hoạt động.</translation>
    </message>
    <message>
        <source>Enter the day the activity ends.</source>
        <translation>Hãy nhập ngày kết thúc hoạt động.</translation>
    </message>
    <message>
        <source>The activity ends before it starts.</source>
        <translation>Hoạt động kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>Add at least one cost line.</source>
        <translation>Hãy thêm ít nhất một dòng chi phí.</translation>
    </message>
    <message>
        <source>Line %1: describe the cost.</source>
        <translation>Dòng %1: hãy mô tả chi phí.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: the description is too long: at most %n characters.</source>
        <translation>
            <numerusform>Dòng %1: mô tả quá dài: tối đa %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 (%2): the amount must be more than zero.</source>
        <translation>Dòng %1 (%2): số tiền phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>Line %1: the amount is too large.</source>
        <translation>Dòng %1: số tiền quá lớn.</translation>
    </message>
    <message>
        <source>Line %1 has the same key as another line.</source>
        <translation>Dòng %1 có cùng khóa với một dòng khác.</translation>
    </message>
    <message>
        <source>Line %1 (%2) is undecided but has an approved amount.</source>
        <translation>Dòng %1 (%2) chưa được quyết định nhưng đã có số tiền phê duyệt.</translation>
    </message>
    <message>
        <source>Line %1 (%2) is accepted as is, so its approved amount must be the requested %3.</source>
        <translation>Dòng %1 (%2) được chấp nhận nguyên trạng nên số tiền phê duyệt phải bằng số tiền đề nghị %3.</translation>
    </message>
    <message>
        <source>Line %1 (%2) is accepted with changes, so its approved amount must be more than zero and less than the requested %3.</source>
        <translation>Dòng %1 (%2) được chấp nhận có điều chỉnh nên số tiền phê duyệt phải lớn hơn 0 và nhỏ hơn số tiền đề nghị %3.</translation>
    </message>
    <message>
        <source>Line %1 (%2) is denied, so its approved amount must be zero.</source>
        <translation>Dòng %1 (%2) không được chấp nhận nên số tiền phê duyệt phải bằng 0.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a decision.</source>
        <translation>Dòng %1: “%2” không phải là quyết định hợp lệ.</translation>
    </message>
    <message>
        <source>The requested amount (%1) is not the sum of the lines (%2).</source>
        <translation>Số tiền đề nghị (%1) không bằng tổng các dòng (%2).</translation>
    </message>
    <message>
        <source>Decide every line, or none.</source>
        <translation>Hãy quyết định cho tất cả các dòng, hoặc không dòng nào.</translation>
    </message>
    <message>
        <source>The request has an approved amount but its lines are undecided.</source>
        <translation>Đề nghị đã có số tiền phê duyệt nhưng các dòng chưa được quyết định.</translation>
    </message>
    <message>
        <source>The approved amount (%1) is not the sum of the lines&apos; approved amounts (%2).</source>
        <translation>Số tiền phê duyệt (%1) không bằng tổng số tiền phê duyệt của các dòng (%2).</translation>
    </message>
    <message>
        <source>Enter the claim&apos;s title.</source>
        <translation>Hãy nhập tiêu đề của yêu cầu thanh toán.</translation>
    </message>
    <message>
        <source>The claim&apos;s title</source>
        <translation>Tiêu đề yêu cầu thanh toán</translation>
    </message>
    <message>
        <source>Choose the approved request this claim is for.</source>
        <translation>Hãy chọn đề nghị đã phê duyệt mà yêu cầu thanh toán này thuộc về.</translation>
    </message>
    <message>
        <source>Add at least one expense line.</source>
        <translation>Hãy thêm ít nhất một dòng khoản chi.</translation>
    </message>
    <message>
        <source>Line %1: describe the expense.</source>
        <translation>Dòng %1: hãy mô tả khoản chi.</translation>
    </message>
    <message>
        <source>The claimed amount (%1) is not the sum of the lines (%2).</source>
        <translation>Số tiền yêu cầu thanh toán (%1) không bằng tổng các dòng (%2).</translation>
    </message>
    <message>
        <source>The approved amount cannot be negative.</source>
        <translation>Số tiền phê duyệt không được âm.</translation>
    </message>
    <message>
        <source>The approved amount (%1) cannot be more than the claimed amount (%2).</source>
        <translation>Số tiền phê duyệt (%1) không được lớn hơn số tiền yêu cầu thanh toán (%2).</translation>
    </message>
    <message>
        <source>Choose the claim this payment is for.</source>
        <translation>Hãy chọn yêu cầu thanh toán mà khoản thanh toán này thuộc về.</translation>
    </message>
    <message>
        <source>The payment must be more than zero.</source>
        <translation>Khoản thanh toán phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>The payment is too large.</source>
        <translation>Khoản thanh toán quá lớn.</translation>
    </message>
    <message>
        <source>Enter the day of the payment.</source>
        <translation>Hãy nhập ngày thanh toán.</translation>
    </message>
    <message>
        <source>Choose how the claim was paid.</source>
        <translation>Hãy chọn phương thức đã dùng để thanh toán.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payment method.</source>
        <translation>“%1” không phải là phương thức thanh toán hợp lệ.</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>Số tham chiếu</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Choose the claim this file belongs to.</source>
        <translation>Hãy chọn yêu cầu thanh toán mà tệp này thuộc về.</translation>
    </message>
    <message>
        <source>The file needs a name.</source>
        <translation>Tệp cần có tên.</translation>
    </message>
    <message>
        <source>The file name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>The file&apos;s checksum is not a SHA-256 in lower-case hexadecimal.</source>
        <translation>Tổng kiểm tra của tệp không phải là SHA-256 dạng thập lục phân chữ thường.</translation>
    </message>
    <message>
        <source>The file size cannot be negative.</source>
        <translation>Kích thước tệp không được âm.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of attachment.</source>
        <translation>“%1” không phải là loại tệp đính kèm hợp lệ.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfWorkflow</name>
    <message>
        <source>A declined request cannot be submitted again; create a new request instead.</source>
        <translation>Không thể gửi lại đề nghị đã bị bác bỏ; hãy lập đề nghị mới.</translation>
    </message>
    <message>
        <source>This request is closed: no further step is possible.</source>
        <translation>Đề nghị này đã đóng: không thể thực hiện thêm bước nào.</translation>
    </message>
    <message>
        <source>This request was canceled: no further step is possible.</source>
        <translation>Đề nghị này đã bị hủy: không thể thực hiện thêm bước nào.</translation>
    </message>
    <message>
        <source>Only a draft, a request waiting for information or a rejected request can be submitted; this one is %1.</source>
        <translation>Chỉ có thể gửi bản nháp, đề nghị đang chờ bổ sung thông tin hoặc đề nghị bị từ chối; đề nghị này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>More information can be asked only for a submitted request; this one is %1.</source>
        <translation>Chỉ có thể yêu cầu bổ sung thông tin cho đề nghị đã gửi; đề nghị này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Only a submitted request can be approved; this one is %1.</source>
        <translation>Chỉ có thể phê duyệt đề nghị đã gửi; đề nghị này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Only a submitted request can be rejected; this one is %1.</source>
        <translation>Chỉ có thể từ chối đề nghị đã gửi; đề nghị này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Only a submitted request can be declined; this one is %1.</source>
        <translation>Chỉ có thể bác bỏ đề nghị đã gửi; đề nghị này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Only an approved request can be closed; this one is %1.</source>
        <translation>Chỉ có thể đóng đề nghị đã được phê duyệt; đề nghị này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>This request is %1 and cannot be canceled.</source>
        <translation>Đề nghị này đang ở trạng thái %1 nên không thể hủy.</translation>
    </message>
    <message>
        <source>This claim was rejected: no further step is possible.</source>
        <translation>Yêu cầu thanh toán này đã bị từ chối: không thể thực hiện thêm bước nào.</translation>
    </message>
    <message>
        <source>This claim was canceled: no further step is possible.</source>
        <translation>Yêu cầu thanh toán này đã bị hủy: không thể thực hiện thêm bước nào.</translation>
    </message>
    <message>
        <source>Only a draft or a returned claim can be submitted; this one is %1.</source>
        <translation>Chỉ có thể gửi yêu cầu thanh toán là bản nháp hoặc bị trả lại; yêu cầu này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Only a submitted claim can be approved; this one is %1.</source>
        <translation>Chỉ có thể phê duyệt yêu cầu thanh toán đã gửi; yêu cầu này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Only a submitted claim can be rejected; this one is %1.</source>
        <translation>Chỉ có thể từ chối yêu cầu thanh toán đã gửi; yêu cầu này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Only a submitted claim can be returned to the partner; this one is %1.</source>
        <translation>Chỉ có thể trả lại cho đối tác yêu cầu thanh toán đã gửi; yêu cầu này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Only a draft or a returned claim can be canceled; this one is %1.</source>
        <translation>Chỉ có thể hủy yêu cầu thanh toán là bản nháp hoặc bị trả lại; yêu cầu này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Request information</source>
        <translation>Yêu cầu bổ sung thông tin</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Bác bỏ</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Đóng đề nghị</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Hủy đề nghị</translation>
    </message>
    <message>
        <source>Submit claim</source>
        <translation>Gửi yêu cầu thanh toán</translation>
    </message>
    <message>
        <source>Approve claim</source>
        <translation>Phê duyệt yêu cầu thanh toán</translation>
    </message>
    <message>
        <source>Reject claim</source>
        <translation>Từ chối yêu cầu thanh toán</translation>
    </message>
    <message>
        <source>Return to partner</source>
        <translation>Trả lại cho đối tác</translation>
    </message>
    <message>
        <source>Cancel claim</source>
        <translation>Hủy yêu cầu thanh toán</translation>
    </message>
    <message>
        <source>This request was deleted; restore it first.</source>
        <translation>Đề nghị này đã bị xóa; hãy khôi phục trước.</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is unknown to this version of ChannelDesk.</source>
        <translation>Phiên bản ChannelDesk này không nhận biết trạng thái “%1”.</translation>
    </message>
    <message>
        <source>Claims of %1 are still waiting for a decision; approve, reject or return them before closing the request.</source>
        <translation>Các yêu cầu thanh toán của %1 vẫn đang chờ quyết định; hãy phê duyệt, từ chối hoặc trả lại chúng trước khi đóng đề nghị.</translation>
    </message>
    <message>
        <source>Claims were submitted against this request, so it cannot be canceled; close it instead.</source>
        <translation>Đã có yêu cầu thanh toán được gửi cho đề nghị này nên không thể hủy; hãy đóng đề nghị.</translation>
    </message>
    <message>
        <source>This claim was deleted; restore it first.</source>
        <translation>Yêu cầu thanh toán này đã bị xóa; hãy khôi phục trước.</translation>
    </message>
    <message>
        <source>This request was deleted; restore it before editing.</source>
        <translation>Đề nghị này đã bị xóa; hãy khôi phục trước khi sửa.</translation>
    </message>
    <message>
        <source>A submitted request is read-only while it waits for a decision; ask the approver to request more information if it needs changes.</source>
        <translation>Đề nghị đã gửi là chỉ đọc trong khi chờ quyết định; nếu cần thay đổi, hãy nhờ người phê duyệt yêu cầu bổ sung thông tin.</translation>
    </message>
    <message>
        <source>A request that is %1 is read-only (MDF-05).</source>
        <translation>Đề nghị ở trạng thái %1 là chỉ đọc (MDF-05).</translation>
    </message>
    <message>
        <source>This claim was deleted; restore it before editing.</source>
        <translation>Yêu cầu thanh toán này đã bị xóa; hãy khôi phục trước khi sửa.</translation>
    </message>
    <message>
        <source>A claim that is %1 is read-only; only drafts and returned claims can be changed.</source>
        <translation>Yêu cầu thanh toán ở trạng thái %1 là chỉ đọc; chỉ có thể thay đổi bản nháp và yêu cầu thanh toán bị trả lại.</translation>
    </message>
    <message>
        <source>This request is already deleted.</source>
        <translation>Đề nghị này đã bị xóa.</translation>
    </message>
    <message>
        <source>Only a draft request can be deleted; this one is %1, so cancel it instead and its history stays.</source>
        <translation>Chỉ có thể xóa đề nghị là bản nháp; đề nghị này đang ở trạng thái %1, vì vậy hãy hủy đề nghị và lịch sử sẽ được giữ lại.</translation>
    </message>
    <message>
        <source>This claim is already deleted.</source>
        <translation>Yêu cầu thanh toán này đã bị xóa.</translation>
    </message>
    <message>
        <source>Only a draft claim can be deleted; this one is %1.</source>
        <translation>Chỉ có thể xóa yêu cầu thanh toán là bản nháp; yêu cầu này đang ở trạng thái %1.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MemberCountLoader</name>
    <message>
        <source>The program members could not be counted.</source>
        <translation>Không thể đếm số thành viên của chương trình.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Money</name>
    <message>
        <source>“%1” is not an ISO 4217 currency code.</source>
        <translation>“%1” không phải là mã tiền tệ ISO 4217.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Hãy nhập số tiền.</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>“%1” không phải là số tiền hợp lệ.</translation>
    </message>
    <message numerus="yes">
        <source>%1 amounts have %n decimal place(s) at most.</source>
        <translation>
            <numerusform>Số tiền bằng %1 có tối đa %n chữ số thập phân.</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Số tiền quá lớn.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Số tiền không được âm.</translation>
    </message>
    <message>
        <source>%1 amounts have no decimal places.</source>
        <translation>Số tiền %1 không có phần thập phân.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Partner</name>
    <message>
        <source>Reseller</source>
        <translation>Đại lý bán lại</translation>
    </message>
    <message>
        <source>Value-added reseller</source>
        <translation>Đại lý giá trị gia tăng</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Nhà phân phối</translation>
    </message>
    <message>
        <source>System integrator</source>
        <translation>Nhà tích hợp hệ thống</translation>
    </message>
    <message>
        <source>Managed service provider</source>
        <translation>Nhà cung cấp dịch vụ được quản lý (MSP)</translation>
    </message>
    <message>
        <source>Referral partner</source>
        <translation>Đối tác giới thiệu</translation>
    </message>
    <message>
        <source>ISV</source>
        <translation>ISV</translation>
    </message>
    <message>
        <source>Consultancy</source>
        <translation>Công ty tư vấn</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Chưa xếp hạng</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Bạc</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Vàng</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Bạch kim</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Tiềm năng</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Đang tiếp nhận</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Tạm ngưng</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Đã chấm dứt</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PartnerActions</name>
    <message>
        <source>create partner “%1”</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>tạo đối tác “%1”</translation>
    </message>
    <message>
        <source>edit partner “%1”</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>sửa đối tác “%1”</translation>
    </message>
    <message>
        <source>delete partner “%1”</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>xóa đối tác “%1”</translation>
    </message>
    <message>
        <source>add contact “%1”</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>thêm người liên hệ “%1”</translation>
    </message>
    <message>
        <source>edit contact “%1”</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>sửa người liên hệ “%1”</translation>
    </message>
    <message>
        <source>delete contact “%1”</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation>xóa người liên hệ “%1”</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PartnerEditor</name>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Trading name (required)</source>
        <translation>Tên giao dịch (bắt buộc)</translation>
    </message>
    <message>
        <source>Required when suspended or terminated</source>
        <translation>Bắt buộc khi tạm ngưng hoặc đã chấm dứt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>Tên &amp;pháp lý:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation>&amp;Hạng:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>Gi&amp;ai đoạn:</translation>
    </message>
    <message>
        <source>Stage reason:</source>
        <translation>Lý do chuyển giai đoạn:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Quốc gia:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Khu vực:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>Thành &amp;phố:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Địa &amp;chỉ:</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Thông tin liên hệ</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>info@example.com</source>
        <translation>info@example.com</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Trang &amp;web:</translation>
    </message>
    <message>
        <source>Email &amp;domain:</source>
        <translation>Tên &amp;miền email:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Quan hệ hợp tác</translation>
    </message>
    <message>
        <source>&amp;Owner (CAM):</source>
        <translation>Người phụ t&amp;rách (CAM):</translation>
    </message>
    <message>
        <source>Partner since:</source>
        <translation>Hợp tác từ ngày:</translation>
    </message>
    <message>
        <source>Partner until:</source>
        <translation>Hợp tác đến ngày:</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>Mã &amp;bên ngoài:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Thêm người liên hệ…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Save changes (%1)</source>
        <translation>Lưu thay đổi (%1)</translation>
    </message>
    <message>
        <source>Select a partner to see and edit its details and contacts, or create one with File → New Partner.</source>
        <translation>Chọn một đối tác để xem và sửa thông tin chi tiết cùng người liên hệ, hoặc tạo đối tác mới bằng Tệp → Đối tác mới.</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Đối tác mới</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <source>Next revie&amp;w:</source>
        <translation>Lần đánh g&amp;iá tới:</translation>
    </message>
    <message>
        <source>Annual reven&amp;ue:</source>
        <translation>Doanh thu hằng nă&amp;m:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Hoàn nguyên</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PartnerFilterBar</name>
    <message>
        <source>All tiers</source>
        <translation>Tất cả hạng</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tất cả loại</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Tất cả giai đoạn</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tất cả quốc gia</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tất cả người phụ trách</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <source>Clear the search and all filters</source>
        <translation>Xóa nội dung tìm kiếm và tất cả bộ lọc</translation>
    </message>
    <message>
        <source>Search name, legal name, city, email or external ID…</source>
        <translation>Tìm theo tên, tên pháp lý, thành phố, email hoặc mã bên ngoài…</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PartnerPageLoader</name>
    <message>
        <source>The partner list could not be loaded.</source>
        <translation>Không thể tải danh sách đối tác.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PartnerPicker</name>
    <message>
        <source>All partners (type to search)</source>
        <translation>Tất cả đối tác (nhập để tìm)</translation>
    </message>
    <message>
        <source>Type part of a partner&apos;s name, city or external ID, then pick it from the list</source>
        <translation>Nhập một phần tên, thành phố hoặc mã bên ngoài của đối tác, rồi chọn trong danh sách</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>city, country</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>partner name — place</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PartnerRepository</name>
    <message>
        <source>The partner no longer exists.</source>
        <translation>Đối tác này không còn tồn tại.</translation>
    </message>
    <message>
        <source>This partner was deleted; undo the deletion to edit it.</source>
        <translation>Đối tác này đã bị xóa; hãy hoàn tác thao tác xóa để sửa đối tác.</translation>
    </message>
    <message>
        <source>Unknown column.</source>
        <translation>Cột không xác định.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PartnerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Lần đánh giá tới</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Doanh thu hằng năm</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Cập nhật lần cuối</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PartnerValidator</name>
    <message>
        <source>Enter the partner&apos;s name.</source>
        <translation>Hãy nhập tên đối tác.</translation>
    </message>
    <message numerus="yes">
        <source>This field is limited to %n character(s).</source>
        <translation>
            <numerusform>Trường này chỉ được có tối đa %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a partner type.</source>
        <translation>Hãy chọn loại đối tác.</translation>
    </message>
    <message>
        <source>“%1” is not a tier.</source>
        <translation>“%1” không phải là hạng hợp lệ.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166-1 country code (two capital letters, such as VN or DE).</source>
        <translation>“%1” không phải là mã quốc gia ISO 3166-1 (gồm hai chữ cái viết hoa, ví dụ VN hoặc DE).</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Use a form such as example.com or https://example.com.</source>
        <translation>“%1” không phải là địa chỉ web hợp lệ. Hãy nhập theo dạng example.com hoặc https://example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name such as example.com.</source>
        <translation>“%1” không phải là tên miền hợp lệ (ví dụ: example.com).</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1” không phải là địa chỉ email hợp lệ.</translation>
    </message>
    <message>
        <source>The partnership cannot end before it starts.</source>
        <translation>Ngày kết thúc hợp tác không thể sớm hơn ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Choose the currency of the annual revenue.</source>
        <translation>Hãy chọn đơn vị tiền tệ của doanh thu hằng năm.</translation>
    </message>
    <message>
        <source>Annual revenue cannot be negative.</source>
        <translation>Doanh thu hằng năm không được âm.</translation>
    </message>
    <message>
        <source>A contact must belong to a partner.</source>
        <translation>Người liên hệ phải thuộc về một đối tác.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>Hãy nhập họ hoặc tên của người liên hệ.</translation>
    </message>
    <message numerus="yes">
        <source>Names and titles are limited to %n character(s).</source>
        <translation>
            <numerusform>Họ, tên và chức danh chỉ được có tối đa %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone number is too long.</source>
        <translation>Số điện thoại quá dài.</translation>
    </message>
    <message>
        <source>Choose the contact&apos;s role.</source>
        <translation>Hãy chọn vai trò của người liên hệ.</translation>
    </message>
    <message>
        <source>“%1” is not a stage.</source>
        <translation>“%1” không phải là một giai đoạn.</translation>
    </message>
    <message>
        <source>A partner cannot go from “%1” to “%2”.</source>
        <translation>Đối tác không thể chuyển từ “%1” sang “%2”.</translation>
    </message>
    <message>
        <source>Give the reason the partner is suspended.</source>
        <translation>Hãy nêu lý do tạm ngưng đối tác.</translation>
    </message>
    <message>
        <source>Give the reason the partner is terminated.</source>
        <translation>Hãy nêu lý do chấm dứt hợp tác với đối tác.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PartnersScreen</name>
    <message>
        <source>&amp;New Partner</source>
        <translation>Đối tác &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Delete Partner</source>
        <translation>&amp;Xóa đối tác</translation>
    </message>
    <message>
        <source>&amp;Find Partner</source>
        <translation>&amp;Tìm đối tác</translation>
    </message>
    <message>
        <source>Show &amp;Details Panel</source>
        <translation>Hiển thị khung &amp;chi tiết</translation>
    </message>
    <message>
        <source>No partner matches the search and filters.</source>
        <translation>Không có đối tác nào phù hợp với nội dung tìm kiếm và bộ lọc.</translation>
    </message>
    <message>
        <source>Loading partners…</source>
        <translation>Đang tải danh sách đối tác…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s) match</source>
        <translation>
            <numerusform>%Ln đối tác phù hợp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln đối tác</numerusform>
        </translation>
    </message>
    <message>
        <source>No partners yet. Use File → New Partner (%1) to add one, or File → Import Partners… (or drop a CSV file here) to bring in a list.</source>
        <translation>Chưa có đối tác nào. Hãy dùng Tệp → Đối tác mới (%1) để thêm, hoặc Tệp → Nhập đối tác… (hoặc thả tệp CSV vào đây) để đưa vào cả một danh sách.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PaymentDialog</name>
    <message>
        <source>Record payment for %1</source>
        <translation>Ghi nhận khoản thanh toán cho %1</translation>
    </message>
    <message>
        <source>Claim “%1”: %2 approved, %3 paid, %4 outstanding.</source>
        <translation>Yêu cầu thanh toán “%1”: đã phê duyệt %2, đã thanh toán %3, còn phải thanh toán %4.</translation>
    </message>
    <message>
        <source>Bank transfer or credit-note reference</source>
        <translation>Số tham chiếu chuyển khoản hoặc phiếu ghi có</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Ghi nhận khoản thanh toán</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Số tiền (%1):</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>Ngày &amp;thanh toán:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Phương thức:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Số tham &amp;chiếu:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Hãy nhập số tiền lớn hơn 0.</translation>
    </message>
    <message>
        <source>More than the %1 outstanding: payments cannot exceed the approved claim (MDF-11).</source>
        <translation>Vượt quá số tiền còn phải thanh toán %1: các khoản thanh toán không được vượt số tiền yêu cầu thanh toán đã phê duyệt (MDF-11).</translation>
    </message>
    <message>
        <source>A partial payment: %1 will remain outstanding.</source>
        <translation>Thanh toán một phần: sẽ còn %1 chưa thanh toán.</translation>
    </message>
    <message>
        <source>Pays the claim in full.</source>
        <translation>Thanh toán đầy đủ yêu cầu thanh toán.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PersonPicker</name>
    <message>
        <source>All people (type to search)</source>
        <translation>Tất cả mọi người (nhập để tìm)</translation>
    </message>
    <message>
        <source>Type the start of a person&apos;s first name, last name or e-mail, then pick them from the list</source>
        <translation>Nhập phần đầu tên, họ hoặc email của một người rồi chọn trong danh sách</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <comment>person &lt;e-mail&gt;</comment>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>person — partner</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PipelineChart</name>
    <message>
        <source>Amount (%1)</source>
        <translation>Số tiền (%1)</translation>
    </message>
    <message>
        <source>Amount (billions of %1)</source>
        <translation>Số tiền (tỷ %1)</translation>
    </message>
    <message>
        <source>Amount (millions of %1)</source>
        <translation>Số tiền (triệu %1)</translation>
    </message>
    <message>
        <source>Amount (thousands of %1)</source>
        <translation>Số tiền (nghìn %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>duplicate category label, number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Save this chart as an image or PDF, export its data, or print it</source>
        <translation>Lưu biểu đồ này thành ảnh hoặc PDF, xuất dữ liệu hoặc in biểu đồ</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Xuất %1</translation>
    </message>
    <message>
        <source>Save as &amp;PNG Image…</source>
        <translation>Lưu thành ảnh &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG Image…</source>
        <translation>Lưu thành ảnh &amp;SVG…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;Data as CSV…</source>
        <translation>Xuất dữ liệu ra &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>No deals match these filters.</source>
        <translation>Không có thương vụ nào phù hợp với các bộ lọc này.</translation>
    </message>
    <message>
        <source>%1 · largest %2 of %3</source>
        <translation>%1 · %2 mục lớn nhất trong số %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier · share</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Số tiền đang mở</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Đã thắng</translation>
    </message>
    <message>
        <source>Weighted open</source>
        <translation>Đang mở có trọng số</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message numerus="yes">
        <source>%1&lt;br&gt;%n deal(s)</source>
        <comment>axis label (HTML): stage, then its deal count</comment>
        <translation>
            <numerusform>%1&lt;br&gt;%n thương vụ</numerusform>
        </translation>
    </message>
    <message>
        <source>Won deals · %1</source>
        <translation>Thương vụ đã thắng · %1</translation>
    </message>
    <message>
        <source>Open deals · %1</source>
        <translation>Thương vụ đang mở · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>chart title · bucket</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n thương vụ</numerusform>
        </translation>
    </message>
    <message>
        <source>Won: %1</source>
        <translation>Đã thắng: %1</translation>
    </message>
    <message>
        <source>Weighted open: %1</source>
        <translation>Đang mở có trọng số: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Chỉ tiêu: %1</translation>
    </message>
    <message>
        <source>Open amount: %1</source>
        <translation>Số tiền đang mở: %1</translation>
    </message>
    <message>
        <source>Weighted: %1</source>
        <translation>Có trọng số: %1</translation>
    </message>
    <message>
        <source>Click to see these deals</source>
        <translation>Nhấp để xem các thương vụ này</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Ảnh SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Đã lưu “%1”.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Số thương vụ</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Có trọng số</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PipelineFilterBar</name>
    <message>
        <source>Which expected close dates the dashboard covers</source>
        <translation>Khoảng ngày chốt dự kiến mà bảng điều khiển bao gồm</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Quý sau</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Mọi thời điểm</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Khoảng tùy chọn</translation>
    </message>
    <message>
        <source>Expected close on or after this day (empty: no lower limit)</source>
        <translation>Ngày chốt dự kiến từ ngày này trở đi (để trống: không giới hạn dưới)</translation>
    </message>
    <message>
        <source>Expected close on or before this day (empty: no upper limit)</source>
        <translation>Ngày chốt dự kiến đến hết ngày này (để trống: không giới hạn trên)</translation>
    </message>
    <message>
        <source>Expected close from</source>
        <translation>Ngày chốt dự kiến từ</translation>
    </message>
    <message>
        <source>Expected close to</source>
        <translation>Ngày chốt dự kiến đến</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Tất cả hạng</translation>
    </message>
    <message>
        <source>Partner tier</source>
        <translation>Hạng đối tác</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Tất cả khu vực</translation>
    </message>
    <message>
        <source>Partner region</source>
        <translation>Khu vực của đối tác</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tất cả quốc gia</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Quốc gia của đối tác</translation>
    </message>
    <message>
        <source>All CAMs</source>
        <translation>Tất cả CAM</translation>
    </message>
    <message>
        <source>Channel account manager on the deal</source>
        <translation>Người quản lý kênh (CAM) của thương vụ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <source>Show this year for every partner, tier, region, country and CAM</source>
        <translation>Hiển thị năm nay cho mọi đối tác, hạng, khu vực, quốc gia và CAM</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>Ngày chốt dự kiến:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>country name (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Expected close %1 – %2</source>
        <translation>Ngày chốt dự kiến %1 – %2</translation>
    </message>
    <message>
        <source>Expected close from %1</source>
        <translation>Ngày chốt dự kiến từ %1</translation>
    </message>
    <message>
        <source>Expected close until %1</source>
        <translation>Ngày chốt dự kiến đến %1</translation>
    </message>
    <message>
        <source>All expected close dates</source>
        <translation>Mọi ngày chốt dự kiến</translation>
    </message>
    <message>
        <source>Partner: %1</source>
        <translation>Đối tác: %1</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Hạng: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Khu vực: %1</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Quốc gia: %1</translation>
    </message>
    <message>
        <source>CAM: %1</source>
        <translation>CAM: %1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PipelineReport</name>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A calendar quarter on the pipeline chart: %1 = 1…4, %2 = year</extracomment>
        <translation>Q%1/%2</translation>
    </message>
    <message>
        <source>Loading the pipeline was cancelled.</source>
        <translation>Đã hủy việc tải pipeline.</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Không có quốc gia</translation>
    </message>
    <message>
        <source>Past expected close</source>
        <translation>Quá ngày chốt dự kiến</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Đình trệ</translation>
    </message>
    <message>
        <source>From deal registrations</source>
        <translation>Từ đăng ký thương vụ</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PipelineScreen</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <source>Read every deal again</source>
        <translation>Đọc lại toàn bộ thương vụ</translation>
    </message>
    <message>
        <source>Deal Settings…</source>
        <translation>Cài đặt thương vụ…</translation>
    </message>
    <message>
        <source>Program, approval limits, currency rates, targets and products</source>
        <translation>Chương trình, hạn mức phê duyệt, tỷ giá, chỉ tiêu và sản phẩm</translation>
    </message>
    <message>
        <source>Reading deals… %p%</source>
        <translation>Đang đọc thương vụ… %p%</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>Pipeline có trọng số</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline đang mở</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Đã thắng</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Độ phủ</translation>
    </message>
    <message>
        <source>Past expected close</source>
        <translation>Quá ngày chốt dự kiến</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Đình trệ</translation>
    </message>
    <message>
        <source>Registration → opportunity</source>
        <translation>Đăng ký → cơ hội</translation>
    </message>
    <message>
        <source>Average approval time</source>
        <translation>Thời gian phê duyệt trung bình</translation>
    </message>
    <message>
        <source>Show the open deals whose expected close date has passed</source>
        <translation>Hiển thị các thương vụ đang mở đã quá ngày chốt dự kiến</translation>
    </message>
    <message>
        <source>Show the open deals nobody has changed for a while</source>
        <translation>Hiển thị các thương vụ đang mở đã lâu không ai thay đổi</translation>
    </message>
    <message>
        <source>Show the opportunities converted from deal registrations</source>
        <translation>Hiển thị các cơ hội bán hàng được chuyển đổi từ đăng ký thương vụ</translation>
    </message>
    <message>
        <source>Rates Used…</source>
        <translation>Tỷ giá đã dùng…</translation>
    </message>
    <message>
        <source>Every currency rate these figures were converted with</source>
        <translation>Tất cả tỷ giá đã dùng để quy đổi các số liệu này</translation>
    </message>
    <message>
        <source>Open pipeline by stage</source>
        <translation>Pipeline đang mở theo giai đoạn</translation>
    </message>
    <message>
        <source>Open pipeline by partner tier</source>
        <translation>Pipeline đang mở theo hạng đối tác</translation>
    </message>
    <message>
        <source>Won, weighted open and target by quarter</source>
        <translation>Đã thắng, đang mở có trọng số và chỉ tiêu theo quý</translation>
    </message>
    <message>
        <source>Top partners by open pipeline</source>
        <translation>Đối tác dẫn đầu theo pipeline đang mở</translation>
    </message>
    <message>
        <source>Open pipeline by country</source>
        <translation>Pipeline đang mở theo quốc gia</translation>
    </message>
    <message>
        <source>Reading deals for the pipeline…</source>
        <translation>Đang đọc thương vụ cho pipeline…</translation>
    </message>
    <message>
        <source>Reading the deals again was cancelled; the figures are from the previous reading.</source>
        <translation>Đã hủy việc đọc lại thương vụ; số liệu hiện có là từ lần đọc trước.</translation>
    </message>
    <message>
        <source>Reading the deals was cancelled, so there are no figures yet.</source>
        <translation>Đã hủy việc đọc thương vụ nên chưa có số liệu.</translation>
    </message>
    <message>
        <source>Pipeline loading cancelled</source>
        <translation>Đã hủy tải pipeline</translation>
    </message>
    <message>
        <source>The pipeline could not be read: %1</source>
        <translation>Không thể đọc pipeline: %1</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Đọc lại</translation>
    </message>
    <message numerus="yes">
        <source>Show the open deals nobody has changed for %n day(s) or more</source>
        <translation>
            <numerusform>Hiển thị các thương vụ đang mở không được ai thay đổi trong %n ngày trở lên</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Amount × probability over %n open deal(s)</source>
        <translation>
            <numerusform>Số tiền × xác suất trên %n thương vụ đang mở</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n thương vụ đang mở</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s)</source>
        <translation>
            <numerusform>%n thương vụ đã thắng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost</source>
        <translation>
            <numerusform>%n đã thua</numerusform>
        </translation>
    </message>
    <message>
        <source>%1×</source>
        <comment>coverage ratio</comment>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Open pipeline over a target of %1</source>
        <translation>Pipeline đang mở so với chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Coverage = open pipeline ÷ target. 3× or more is considered healthy.</source>
        <translation>Độ phủ = pipeline đang mở ÷ chỉ tiêu. Từ 3× trở lên được coi là tốt.</translation>
    </message>
    <message>
        <source>No target for these dates (Deal Settings → Targets)</source>
        <translation>Chưa có chỉ tiêu cho khoảng thời gian này (Cài đặt thương vụ → Chỉ tiêu)</translation>
    </message>
    <message>
        <source>%1 open past the expected close date</source>
        <translation>%1 đang mở đã quá ngày chốt dự kiến</translation>
    </message>
    <message numerus="yes">
        <source>%1 unchanged for %n day(s) or more</source>
        <translation>
            <numerusform>%1 không thay đổi trong %n ngày trở lên</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n decided registration(s) converted</source>
        <translation>
            <numerusform>Đã chuyển đổi %1 trên %n bản đăng ký đã có quyết định</numerusform>
        </translation>
    </message>
    <message>
        <source>No registration decided yet</source>
        <translation>Chưa có bản đăng ký nào được quyết định</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours, decimal</comment>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>days, decimal</comment>
        <translation>%1 ngày</translation>
    </message>
    <message numerus="yes">
        <source>Submitted to approved, over %n registration(s)</source>
        <translation>
            <numerusform>Từ lúc gửi đến lúc phê duyệt, tính trên %n bản đăng ký</numerusform>
        </translation>
    </message>
    <message>
        <source>No approved registration yet</source>
        <translation>Chưa có bản đăng ký nào được phê duyệt</translation>
    </message>
    <message>
        <source>%1 · Amounts in %2</source>
        <translation>%1 · Số tiền tính bằng %2</translation>
    </message>
    <message>
        <source>All amounts are in %1; none needed converting.</source>
        <translation>Tất cả số tiền đều tính bằng %1; không cần quy đổi.</translation>
    </message>
    <message numerus="yes">
        <source>Amounts in %1, converted at the rate valid on each deal&apos;s expected close date with %n rate(s): %2.</source>
        <translation>
            <numerusform>Số tiền tính bằng %1, được quy đổi theo tỷ giá có hiệu lực vào ngày chốt dự kiến của từng thương vụ, dùng %n tỷ giá: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) left out of every figure.</source>
        <translation>
            <numerusform>%n thương vụ bị loại khỏi mọi số liệu.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no rate from %1 to %2 at their date, and amounts in different currencies are never added unconverted.</source>
        <translation>Không có tỷ giá từ %1 sang %2 tại ngày của các thương vụ đó, và số tiền bằng các loại tiền tệ khác nhau không bao giờ được cộng khi chưa quy đổi.</translation>
    </message>
    <message>
        <source>Add the missing rates in Deal Settings</source>
        <translation>Thêm các tỷ giá còn thiếu trong Cài đặt thương vụ</translation>
    </message>
    <message numerus="yes">
        <source>Pipeline: %n open deal(s), weighted %1</source>
        <translation>
            <numerusform>Pipeline: %n thương vụ đang mở, có trọng số %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency Rates Used</source>
        <translation>Tỷ giá đã dùng</translation>
    </message>
    <message>
        <source>Each amount was converted to %1 with the rate valid on the deal&apos;s expected close date (today for deals without one).</source>
        <translation>Mỗi số tiền được quy đổi sang %1 theo tỷ giá có hiệu lực vào ngày chốt dự kiến của thương vụ (hoặc ngày hôm nay nếu thương vụ chưa có ngày chốt dự kiến).</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PrerequisitePicker</name>
    <message>
        <source>Filter courses</source>
        <translation>Lọc khóa học</translation>
    </message>
    <message>
        <source>Check the courses a person must have completed first (Space toggles the current one)</source>
        <translation>Chọn các khóa học mà người học phải hoàn thành trước (phím Space để chọn/bỏ chọn khóa học hiện tại)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (ngừng cung cấp)</translation>
    </message>
    <message>
        <source>%1 already requires this course (%2): choosing it would make a cycle.</source>
        <translation>%1 đã yêu cầu khóa học này (%2): chọn nó sẽ tạo thành vòng lặp.</translation>
    </message>
    <message>
        <source>Track: %1</source>
        <translation>Lộ trình: %1</translation>
    </message>
    <message>
        <source>Removed course</source>
        <translation>Khóa học đã bị xóa</translation>
    </message>
    <message>
        <source>This course was deleted from the catalogue; uncheck it</source>
        <translation>Khóa học này đã bị xóa khỏi danh mục; hãy bỏ chọn</translation>
    </message>
    <message>
        <source>this course</source>
        <translation>khóa học này</translation>
    </message>
    <message>
        <source>%1 already requires this course (%2), so it cannot also be one of its prerequisites.</source>
        <translation>%1 đã yêu cầu khóa học này (%2), nên không thể đồng thời là điều kiện tiên quyết của khóa học này.</translation>
    </message>
    <message>
        <source>The catalogue has no other course yet.</source>
        <translation>Danh mục chưa có khóa học nào khác.</translation>
    </message>
    <message>
        <source>No prerequisites.</source>
        <translation>Không có điều kiện tiên quyết.</translation>
    </message>
    <message numerus="yes">
        <source>%n prerequisite(s): %1</source>
        <translation>
            <numerusform>%n điều kiện tiên quyết: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ProgramDialog</name>
    <message>
        <source>Apply &amp;upgrades automatically when a partner qualifies</source>
        <translation>Tự động áp dụng nâng hạng khi đối tác đủ điề&amp;u kiện</translation>
    </message>
    <message>
        <source>&amp;Active: partners are evaluated and enrolled</source>
        <translation>Đang hoạt động: đối tác được đánh giá và ghi &amp;danh</translation>
    </message>
    <message>
        <source>New Partner Program</source>
        <translation>Chương trình đối tác mới</translation>
    </message>
    <message>
        <source>e.g. Partner Program 2027</source>
        <translation>vd. Chương trình đối tác 2027</translation>
    </message>
    <message>
        <source>ISO 4217 code. Partners&apos; revenue is converted into it before it is compared with the levels&apos; revenue criteria.</source>
        <translation>Mã ISO 4217. Doanh thu của đối tác được quy đổi sang đơn vị này trước khi so sánh với tiêu chí doanh thu của các cấp.</translation>
    </message>
    <message>
        <source>Off: an upgrade is proposed and waits for a CAM&apos;s approval (TIER-02). Demotions always wait for a review, whatever this says.</source>
        <translation>Tắt: việc nâng hạng được đề xuất và chờ CAM phê duyệt (TIER-02). Việc hạ hạng luôn chờ xét duyệt, bất kể thiết lập này.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>Tiền &amp;tệ:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
    <message>
        <source>Edit Partner Program</source>
        <translation>Sửa chương trình đối tác</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) have a revenue criterion in %1. Changing the currency does not convert those amounts: check them afterwards.</source>
        <translation>
            <numerusform>%n cấp có tiêu chí doanh thu theo %1. Việc đổi tiền tệ không quy đổi các số tiền đó: hãy kiểm tra lại sau khi đổi.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a currency code. Enter a three-letter ISO 4217 code such as USD or EUR.</source>
        <translation>“%1” không phải là mã tiền tệ. Hãy nhập mã ISO 4217 gồm ba chữ cái, ví dụ USD hoặc EUR.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ProgramTableModel</name>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>CAM approves</source>
        <translation>CAM phê duyệt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Ngừng hoạt động</translation>
    </message>
    <message>
        <source>Upgrades apply as soon as a partner qualifies; demotions always wait for a CAM&apos;s review</source>
        <translation>Nâng hạng được áp dụng ngay khi đối tác đủ điều kiện; hạ hạng luôn chờ CAM xét duyệt</translation>
    </message>
    <message>
        <source>Upgrades are proposed and wait for a CAM&apos;s approval; demotions always wait for a review</source>
        <translation>Nâng hạng được đề xuất và chờ CAM phê duyệt; hạ hạng luôn chờ xét duyệt</translation>
    </message>
    <message>
        <source>Revenue criteria of this program&apos;s levels are in %1</source>
        <translation>Tiêu chí doanh thu của các cấp trong chương trình này tính theo %1</translation>
    </message>
    <message>
        <source>Partners enrolled in the program</source>
        <translation>Số đối tác tham gia chương trình</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Nâng hạng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Counting the members…</source>
        <translation>Đang đếm số thành viên…</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::RatesUsedModel</name>
    <message numerus="yes">
        <source>1 %1 = %2 %3 from %4; used for %n deal(s)</source>
        <translation>
            <numerusform>1 %1 = %2 %3 từ %4; dùng cho %n thương vụ</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Rate (in %1)</source>
        <translation>Tỷ giá (theo %1)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Số thương vụ</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::RecordWriter</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>Bản ghi này không còn tồn tại.</translation>
    </message>
    <message>
        <source>The record was deleted; restore it before editing.</source>
        <translation>Bản ghi này đã bị xóa; hãy khôi phục trước khi sửa.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Cơ sở dữ liệu chưa được mở.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::RequestEditor</name>
    <message>
        <source>Partner and allocation</source>
        <translation>Đối tác và khoản phân bổ</translation>
    </message>
    <message>
        <source>Type a partner name (required)</source>
        <translation>Nhập tên đối tác (bắt buộc)</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>Đối &amp;tác:</translation>
    </message>
    <message>
        <source>The partner&apos;s live, authorised allocations and what each has left</source>
        <translation>Các khoản phân bổ hiện hành, được phép sử dụng của đối tác và số tiền còn lại của từng khoản</translation>
    </message>
    <message>
        <source>&amp;Allocation:</source>
        <translation>Khoản &amp;phân bổ:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tiê&amp;u đề:</translation>
    </message>
    <message>
        <source>Choose an activity type…</source>
        <translation>Chọn loại hoạt động…</translation>
    </message>
    <message>
        <source>Activity t&amp;ype:</source>
        <translation>&amp;Loại hoạt động:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>&amp;Chiến dịch:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>Ngày &amp;bắt đầu:</translation>
    </message>
    <message>
        <source>Claims are due within the budget&apos;s claim days after this date (MDF-10)</source>
        <translation>Hạn chót yêu cầu thanh toán được tính bằng số ngày yêu cầu thanh toán của ngân sách kể từ ngày này (MDF-10)</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>Ngày &amp;kết thúc:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
    <message>
        <source>Leads, pipeline, attendees…</source>
        <translation>Khách hàng tiềm năng, pipeline, người tham dự…</translation>
    </message>
    <message>
        <source>E&amp;xpected outcome:</source>
        <translation>Kết quả dự kiế&amp;n:</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>The share of the approved amount the vendor reimburses at most (MDF-07)</source>
        <translation>Tỷ lệ tối đa của số tiền được phê duyệt mà nhà cung cấp hoàn trả (MDF-07)</translation>
    </message>
    <message>
        <source>&amp;Vendor share:</source>
        <translation>Phần nhà cung cấp chi t&amp;rả:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Số tiền đề nghị</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Số tiền phê duyệt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Thêm &amp;dòng</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>Cost lines:</source>
        <translation>Dòng chi phí:</translation>
    </message>
    <message>
        <source>Linked opportunities</source>
        <translation>Cơ hội bán hàng liên kết</translation>
    </message>
    <message>
        <source>Tick the partner&apos;s deals this activity sources, so their pipeline can be reported (MDF-12)</source>
        <translation>Đánh dấu các thương vụ của đối tác xuất phát từ hoạt động này để có thể báo cáo pipeline của chúng (MDF-12)</translation>
    </message>
    <message>
        <source>&amp;Deals:</source>
        <translation>Thương &amp;vụ:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save changes (%1)</source>
        <translation>Lưu thay đổi (%1)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Hoàn nguyên</translation>
    </message>
    <message>
        <source>This request is read-only while it is %1.</source>
        <translation>Đề nghị này chỉ đọc khi đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>The partner of a saved request cannot change.</source>
        <translation>Không thể đổi đối tác của đề nghị đã lưu.</translation>
    </message>
    <message>
        <source>Choose the partner first</source>
        <translation>Hãy chọn đối tác trước</translation>
    </message>
    <message>
        <source>Choose an allocation…</source>
        <translation>Chọn khoản phân bổ…</translation>
    </message>
    <message>
        <source>%1 · %2 — %3 left of %4</source>
        <extracomment>Allocation picker entry: budget name · period — remaining left of amount</extracomment>
        <translation>%1 · %2 — còn %3 trên %4</translation>
    </message>
    <message>
        <source>(budget not available)</source>
        <translation>(ngân sách không khả dụng)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (not authorised)</source>
        <translation>%1 (chưa được phép sử dụng)</translation>
    </message>
    <message>
        <source>This partner has no live, authorised allocation to request from.</source>
        <translation>Đối tác này không có khoản phân bổ hiện hành nào được phép sử dụng để lập đề nghị.</translation>
    </message>
    <message>
        <source>Allocation %1; approved requests hold %2; %3 left.</source>
        <translation>Khoản phân bổ %1; các đề nghị đã phê duyệt đang giữ %2; còn lại %3.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <extracomment>Linked deal: number — customer (kind, status)</extracomment>
        <translation>%1 — %2 (%3, %4)</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>cơ hội</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>đăng ký</translation>
    </message>
    <message>
        <source>A deal not on this device (%1)</source>
        <translation>Một thương vụ không có trên thiết bị này (%1)</translation>
    </message>
    <message>
        <source>What the money is for</source>
        <translation>Mục đích sử dụng khoản tiền</translation>
    </message>
    <message>
        <source>Total requested: %1</source>
        <translation>Tổng số tiền đề nghị: %1</translation>
    </message>
    <message>
        <source>Total requested: — (a line&apos;s amount is not a number)</source>
        <translation>Tổng số tiền đề nghị: — (số tiền của một dòng không phải là số)</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Đã phê duyệt: %1</translation>
    </message>
    <message>
        <source>Choose the partner asking for funds.</source>
        <translation>Hãy chọn đối tác đề nghị cấp quỹ.</translation>
    </message>
    <message>
        <source>No partner is called “%1”: pick one from the suggestions.</source>
        <translation>Không có đối tác nào tên là “%1”: hãy chọn một đối tác trong danh sách gợi ý.</translation>
    </message>
    <message>
        <source>Choose the allocation this request draws on.</source>
        <translation>Hãy chọn khoản phân bổ mà đề nghị này sử dụng.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::SampleData</name>
    <message>
        <source>Loading sample data was cancelled.</source>
        <translation>Đã hủy việc tải dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>Customer chose a competitor</source>
        <translation>Khách hàng đã chọn đối thủ cạnh tranh</translation>
    </message>
    <message>
        <source>End customer already covered by a direct account</source>
        <translation>Khách hàng cuối đã thuộc một tài khoản bán hàng trực tiếp</translation>
    </message>
    <message>
        <source>Sample registration</source>
        <translation>Bản đăng ký mẫu</translation>
    </message>
    <message>
        <source>Partner Marketing – Vietnam</source>
        <translation>Tiếp thị đối tác – Việt Nam</translation>
    </message>
    <message>
        <source>Partner Marketing – Europe</source>
        <translation>Tiếp thị đối tác – Châu Âu</translation>
    </message>
    <message>
        <source>Co-op – Americas and Asia-Pacific</source>
        <translation>Đồng tiếp thị – Châu Mỹ và Châu Á – Thái Bình Dương</translation>
    </message>
    <message>
        <source>Co-op %1</source>
        <translation>Đồng tiếp thị %1</translation>
    </message>
    <message>
        <source>Partner Marketing FY%1</source>
        <translation>Tiếp thị đối tác FY%1</translation>
    </message>
    <message>
        <source>Customer roadshow</source>
        <translation>Roadshow khách hàng</translation>
    </message>
    <message>
        <source>Security webinar series</source>
        <translation>Chuỗi hội thảo trực tuyến về bảo mật</translation>
    </message>
    <message>
        <source>Paid search campaign</source>
        <translation>Chiến dịch quảng cáo tìm kiếm trả phí</translation>
    </message>
    <message>
        <source>Trade show booth</source>
        <translation>Gian hàng triển lãm thương mại</translation>
    </message>
    <message>
        <source>Sales training day</source>
        <translation>Ngày đào tạo bán hàng</translation>
    </message>
    <message>
        <source>Customer appreciation evening</source>
        <translation>Đêm tri ân khách hàng</translation>
    </message>
    <message>
        <source>Co-branded solution brochure</source>
        <translation>Tài liệu giới thiệu giải pháp đồng thương hiệu</translation>
    </message>
    <message>
        <source>LinkedIn lead generation</source>
        <translation>Tìm kiếm khách hàng tiềm năng qua LinkedIn</translation>
    </message>
    <message>
        <source>Telemarketing sprint</source>
        <translation>Đợt tiếp thị qua điện thoại</translation>
    </message>
    <message>
        <source>Cloud migration workshop</source>
        <translation>Hội thảo chuyên đề về chuyển đổi lên đám mây</translation>
    </message>
    <message>
        <source>Venue hire</source>
        <translation>Thuê địa điểm</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Dịch vụ ăn uống</translation>
    </message>
    <message>
        <source>Online advertising</source>
        <translation>Quảng cáo trực tuyến</translation>
    </message>
    <message>
        <source>Printed material</source>
        <translation>Ấn phẩm in</translation>
    </message>
    <message>
        <source>Agency fees</source>
        <translation>Phí thuê agency</translation>
    </message>
    <message>
        <source>%1 demand generation</source>
        <translation>Tạo nhu cầu %1</translation>
    </message>
    <message>
        <source>Sample fund request</source>
        <translation>Đề nghị cấp quỹ mẫu</translation>
    </message>
    <message numerus="yes">
        <source>%n qualified leads</source>
        <translation>
            <numerusform>%n khách hàng tiềm năng đủ điều kiện</numerusform>
        </translation>
    </message>
    <message>
        <source>Please add the agenda and the expected attendance.</source>
        <translation>Vui lòng bổ sung chương trình nghị sự và số người dự kiến tham dự.</translation>
    </message>
    <message>
        <source>Activity type not eligible for this programme.</source>
        <translation>Loại hoạt động không đủ điều kiện cho chương trình này.</translation>
    </message>
    <message>
        <source>Costs are above the programme&apos;s guidelines; please revise.</source>
        <translation>Chi phí vượt mức hướng dẫn của chương trình; vui lòng điều chỉnh.</translation>
    </message>
    <message>
        <source>Reduced to the programme&apos;s rate card</source>
        <translation>Đã giảm theo bảng giá của chương trình</translation>
    </message>
    <message>
        <source>%1 – invoices (%2)</source>
        <translation>%1 – hóa đơn (%2)</translation>
    </message>
    <message>
        <source>Sample receipt
Claim %1
Amount %2
</source>
        <translation>Chứng từ mẫu
Yêu cầu thanh toán %1
Số tiền %2
</translation>
    </message>
    <message>
        <source>receipt-%1.txt</source>
        <translation>chung-tu-%1.txt</translation>
    </message>
    <message>
        <source>Please attach proof of performance (photos, attendee list).</source>
        <translation>Vui lòng đính kèm bằng chứng thực hiện (ảnh, danh sách người tham dự).</translation>
    </message>
    <message>
        <source>Sample activity</source>
        <translation>Hoạt động mẫu</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::SimilarDealsPanel</name>
    <message>
        <source>Similar registrations</source>
        <translation>Bản đăng ký tương tự</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <source>Common products</source>
        <translation>Sản phẩm chung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Same website or e-mail domain</source>
        <translation>Cùng trang web hoặc tên miền email</translation>
    </message>
    <message>
        <source>Same customer name once legal forms and punctuation are ignored</source>
        <translation>Cùng tên khách hàng khi bỏ qua loại hình doanh nghiệp và dấu câu</translation>
    </message>
    <message>
        <source>Blocks approval: approved and protected until %1 (first in wins)</source>
        <translation>Chặn phê duyệt: đã được phê duyệt và được bảo hộ đến %1 (bản đăng ký trước được ưu tiên)</translation>
    </message>
    <message>
        <source>Different legal entity — not merged</source>
        <translation>Pháp nhân khác — không gộp</translation>
    </message>
    <message>
        <source>No other active registration has this customer and a product in common.</source>
        <translation>Không có bản đăng ký còn hiệu lực nào khác có cùng khách hàng và sản phẩm chung.</translation>
    </message>
    <message numerus="yes">
        <source>%n similar registration(s), %1: this one cannot be approved while the other is protected.</source>
        <translation>
            <numerusform>%n bản đăng ký tương tự, %1: không thể phê duyệt bản đăng ký này trong khi bản kia đang được bảo hộ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocking approval</source>
        <translation>
            <numerusform>%n bản chặn phê duyệt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) with the same customer and a product in common. Check them before deciding.</source>
        <translation>
            <numerusform>%n bản đăng ký có cùng khách hàng và sản phẩm chung. Hãy kiểm tra trước khi quyết định.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Storage</name>
    <message>
        <source>The database is busy in another window or program. Try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang được một cửa sổ hoặc chương trình khác sử dụng. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was saved.</source>
        <translation>Ổ đĩa đã đầy. Hãy giải phóng bớt dung lượng; không có dữ liệu nào được lưu.</translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation>Tệp cơ sở dữ liệu ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a ChannelDesk database.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng hoặc không phải là cơ sở dữ liệu ChannelDesk.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>The database could not complete the operation.</source>
        <translation>Cơ sở dữ liệu không thể hoàn tất thao tác.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::SyncAccountDialog</name>
    <message>
        <source>Sync Account</source>
        <translation>Tài khoản đồng bộ</translation>
    </message>
    <message>
        <source>Optional: your company&apos;s CA certificate (PEM)</source>
        <translation>Không bắt buộc: chứng chỉ CA của công ty bạn (PEM)</translation>
    </message>
    <message>
        <source>Optional: base64 SHA-256 of the server&apos;s public key</source>
        <translation>Không bắt buộc: mã SHA-256 dạng base64 của khóa công khai của máy chủ</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <source>Company CA Certificate</source>
        <translation>Chứng chỉ CA của công ty</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Chứng chỉ (*.pem *.crt *.cer);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên người dùng:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>Company &amp;CA:</source>
        <translation>&amp;CA của công ty:</translation>
    </message>
    <message>
        <source>Key &amp;pin:</source>
        <translation>Khóa đã &amp;ghim:</translation>
    </message>
    <message>
        <source>Your password is sent only to the server to sign in; ChannelDesk keeps the session in the system keychain, never on disk.</source>
        <translation>Mật khẩu của bạn chỉ được gửi đến máy chủ để đăng nhập; ChannelDesk lưu phiên đăng nhập trong kho khóa của hệ thống, không bao giờ lưu trên ổ đĩa.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://sync.example.com.</source>
        <translation>Hãy nhập địa chỉ máy chủ, ví dụ https://sync.example.com.</translation>
    </message>
    <message>
        <source>The server address must start with https:// — ChannelDesk only syncs over encrypted connections.</source>
        <translation>Địa chỉ máy chủ phải bắt đầu bằng https:// — ChannelDesk chỉ đồng bộ qua kết nối được mã hóa.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Hãy nhập tên người dùng.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Không thể đọc tệp chứng chỉ CA %1.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::SyncController</name>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Sign in to sync.</source>
        <translation>Hãy đăng nhập để đồng bộ.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Sign in to sync; the sign-in cannot be kept until the keychain works.</source>
        <translation>Không dùng được kho khóa của hệ thống (%1). Hãy đăng nhập để đồng bộ; thông tin đăng nhập sẽ không được lưu lại cho đến khi kho khóa hoạt động trở lại.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <source>Signed out. Your unsent changes are kept.</source>
        <translation>Đã đăng xuất. Các thay đổi chưa gửi của bạn vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>Set up a sync account first.</source>
        <translation>Hãy thiết lập tài khoản đồng bộ trước.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Your sign-in could not be kept in the system keychain (%1); you will be asked for the password next time.</source>
        <translation>Không thể lưu thông tin đăng nhập vào kho khóa của hệ thống (%1); lần sau bạn sẽ phải nhập lại mật khẩu.</translation>
    </message>
    <message>
        <source>This computer is offline. Changes are kept and sent later.</source>
        <translation>Máy tính này đang ngoại tuyến. Các thay đổi được giữ lại và sẽ được gửi sau.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::SyncEngine</name>
    <message>
        <source>The server address must start with https://.</source>
        <translation>Địa chỉ máy chủ phải bắt đầu bằng https://.</translation>
    </message>
    <message>
        <source>The server needs a newer ChannelDesk. Your unsynced changes are kept and will be sent after you update.</source>
        <translation>Máy chủ yêu cầu phiên bản ChannelDesk mới hơn. Các thay đổi chưa đồng bộ của bạn vẫn được giữ lại và sẽ được gửi sau khi bạn cập nhật.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Sai tên người dùng hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>Sign in to sync.</source>
        <translation>Hãy đăng nhập để đồng bộ.</translation>
    </message>
    <message>
        <source>Your session has ended; sign in again to sync.</source>
        <translation>Phiên đăng nhập của bạn đã kết thúc; hãy đăng nhập lại để đồng bộ.</translation>
    </message>
    <message>
        <source>The server did not answer the changes it was sent; they stay queued.</source>
        <translation>Máy chủ không phản hồi các thay đổi đã được gửi đến; các thay đổi này vẫn nằm trong hàng đợi.</translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation>Đã hủy đồng bộ.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::SyncHttp</name>
    <message>
        <source>The server&apos;s certificate is not valid for %1.</source>
        <translation>Chứng chỉ của máy chủ không hợp lệ đối với %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by an authority this computer trusts. If your company uses its own certificate authority, choose its certificate file in the sync account settings.</source>
        <translation>Chứng chỉ của máy chủ không được ký bởi một tổ chức cấp chứng chỉ mà máy tính này tin cậy. Nếu công ty bạn dùng tổ chức cấp chứng chỉ (CA) riêng, hãy chọn tệp chứng chỉ của tổ chức đó trong phần cài đặt tài khoản đồng bộ.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1.</source>
        <translation>Chứng chỉ của máy chủ đã hết hạn vào %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid before %1 (check this computer&apos;s clock).</source>
        <translation>Chứng chỉ của máy chủ chỉ có hiệu lực từ %1 (hãy kiểm tra đồng hồ của máy tính này).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked.</source>
        <translation>Chứng chỉ của máy chủ đã bị thu hồi.</translation>
    </message>
    <message>
        <source>The secure connection could not be verified: %1</source>
        <translation>Không thể xác minh kết nối bảo mật: %1</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>Không đọc được chứng chỉ PEM nào từ %1.</translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation>Đã hủy đồng bộ.</translation>
    </message>
    <message>
        <source>The server&apos;s key does not match the pinned key; the connection was stopped. If the server&apos;s certificate was renewed with a new key, update the pin.</source>
        <translation>Khóa của máy chủ không khớp với khóa đã ghim; kết nối đã bị dừng. Nếu chứng chỉ của máy chủ đã được gia hạn với khóa mới, hãy cập nhật khóa đã ghim.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>Máy chủ %1 không phản hồi kịp thời.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection; it may be down.</source>
        <translation>Máy chủ %1 đã từ chối kết nối; có thể máy chủ đang ngừng hoạt động.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found; check the address or your network.</source>
        <translation>Không tìm thấy tên máy chủ %1; hãy kiểm tra địa chỉ hoặc kết nối mạng của bạn.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Kết nối bảo mật đến %1 không thành công: %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Kết nối đến %1 không thành công: %2</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Máy chủ đã trả về lỗi (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Máy chủ đã từ chối yêu cầu: %1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::SyncLogDialog</name>
    <message>
        <source>Sync Log</source>
        <translation>Nhật ký đồng bộ</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Bị gián đoạn</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::SyncStatusButton</name>
    <message>
        <source>just now</source>
        <translation>vừa xong</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n phút trước</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>Đang tải xuống %1%</translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation>Đang gửi %1</translation>
    </message>
    <message>
        <source>Receiving %1</source>
        <translation>Đang nhận %1</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>Chưa thiết lập đồng bộ</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Đã đồng bộ: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <source>Sign in to sync</source>
        <translation>Đăng nhập để đồng bộ</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Sự cố đồng bộ</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n thay đổi chờ gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n xung đột</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n second(s).</source>
        <translation>
            <numerusform>Sẽ thử lại sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 tại %2</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::SyncStore</name>
    <message>
        <source>The server sent a record without a valid id.</source>
        <translation>Máy chủ đã gửi một bản ghi không có mã định danh (id) hợp lệ.</translation>
    </message>
    <message>
        <source>The partner was assigned to another owner; this change was not sent.</source>
        <translation>Đối tác đã được giao cho người phụ trách khác; thay đổi này không được gửi.</translation>
    </message>
    <message>
        <source>The conflict was already resolved.</source>
        <translation>Xung đột này đã được giải quyết.</translation>
    </message>
    <message>
        <source>Unknown record type %1.</source>
        <translation>Loại bản ghi %1 không xác định.</translation>
    </message>
    <message>
        <source>The content %1 is not stored on this computer.</source>
        <translation>Nội dung %1 không được lưu trên máy tính này.</translation>
    </message>
    <message>
        <source>The downloaded attachment content does not match its SHA-256.</source>
        <translation>Nội dung tệp đính kèm đã tải xuống không khớp với mã SHA-256 của tệp.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierAtRiskModel</name>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>trong %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <extracomment>Certified people now / the minimum the level needs</extracomment>
        <translation>%L1 / %L2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Certified people at the last evaluation (%1) and the minimum the level needs</source>
        <translation>Số người có chứng chỉ ở lần đánh giá gần nhất (%1) và mức tối thiểu cấp này cần</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Falls short on</source>
        <translation>Ngày không còn đạt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Certified people</source>
        <translation>Người có chứng chỉ</translation>
    </message>
    <message>
        <source>What it would miss</source>
        <translation>Tiêu chí sẽ không đạt</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierDecisionDialog</name>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Approve Upgrade</source>
        <translation>Phê duyệt nâng hạng</translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3 in %4?</source>
        <translation>Chuyển %1 từ %2 lên %3 trong %4?</translation>
    </message>
    <message>
        <source>Reject Upgrade</source>
        <translation>Từ chối nâng hạng</translation>
    </message>
    <message>
        <source>Keep %1 at %2 in %3 instead of moving it to %4?</source>
        <translation>Giữ %1 ở %2 trong %3 thay vì chuyển lên %4?</translation>
    </message>
    <message>
        <source>Confirm Demotion</source>
        <translation>Xác nhận hạ hạng</translation>
    </message>
    <message>
        <source>Move %1 down from %2 to %3 in %4?</source>
        <translation>Hạ %1 từ %2 xuống %3 trong %4?</translation>
    </message>
    <message>
        <source>Keep Level</source>
        <translation>Giữ cấp</translation>
    </message>
    <message>
        <source>Keep %1 at %2 in %3 although it no longer meets every criterion?</source>
        <translation>Giữ %1 ở %2 trong %3 dù không còn đáp ứng mọi tiêu chí?</translation>
    </message>
    <message>
        <source>Criteria no longer met:</source>
        <translation>Các tiêu chí không còn đáp ứng:</translation>
    </message>
    <message>
        <source>Criteria met:</source>
        <translation>Các tiêu chí đã đáp ứng:</translation>
    </message>
    <message>
        <source>(no reasons recorded)</source>
        <translation>(không có lý do nào được ghi lại)</translation>
    </message>
    <message numerus="yes">
        <source>Pending since %1 (%n day(s)).</source>
        <translation>
            <numerusform>Đang chờ từ %1 (%n ngày).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Required: kept in the partner&apos;s tier history</source>
        <translation>Bắt buộc: được lưu trong lịch sử hạng của đối tác</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <source>Approve Upgrade…</source>
        <translation>Phê duyệt nâng hạng…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Từ chối…</translation>
    </message>
    <message>
        <source>Confirm Demotion…</source>
        <translation>Xác nhận hạ hạng…</translation>
    </message>
    <message>
        <source>Keep Level…</source>
        <translation>Giữ cấp…</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierEngine</name>
    <message>
        <source>The tier recompute was cancelled after %1 of %2 members; their changes are kept.</source>
        <translation>Đã hủy việc tính lại hạng sau khi xử lý %1 / %2 thành viên; các thay đổi của những thành viên này được giữ lại.</translation>
    </message>
    <message>
        <source>No partner to recompute.</source>
        <translation>Không có đối tác nào để tính lại hạng.</translation>
    </message>
    <message>
        <source>No day to evaluate the tiers on.</source>
        <translation>Không có ngày để đánh giá hạng.</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>chưa có cấp</translation>
    </message>
    <message>
        <source>The partner no longer falls to %1; the demotion review is withdrawn.</source>
        <translation>Đối tác không còn bị hạ xuống %1; yêu cầu xét hạ hạng được rút lại.</translation>
    </message>
    <message>
        <source>The partner no longer qualifies for %1; the proposal is withdrawn.</source>
        <translation>Đối tác không còn đủ điều kiện cho %1; đề xuất được rút lại.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierEvaluator</name>
    <message>
        <source>Revenue in the last 12 months %1 (%2 needed)</source>
        <translation>Doanh thu 12 tháng gần nhất: %1 (cần %2)</translation>
    </message>
    <message>
        <source>Revenue in the last 12 months %1 of %2 needed</source>
        <translation>Doanh thu 12 tháng gần nhất: %1 / %2 cần có</translation>
    </message>
    <message numerus="yes">
        <source>%Ln certified people (%1 needed)</source>
        <translation>
            <numerusform>%Ln người có chứng chỉ (cần %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln certified people of %1 needed</source>
        <translation>
            <numerusform>%Ln / %1 người có chứng chỉ cần có</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln certified people in %1 (%2 needed)</source>
        <translation>
            <numerusform>%Ln người có chứng chỉ về %1 (cần %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln certified people in %1 of %2 needed</source>
        <translation>
            <numerusform>%Ln / %2 người có chứng chỉ về %1 cần có</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approved deal registrations in the last 12 months (%1 needed)</source>
        <translation>
            <numerusform>%Ln đăng ký thương vụ được phê duyệt trong 12 tháng gần nhất (cần %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approved deal registrations in the last 12 months of %1 needed</source>
        <translation>
            <numerusform>%Ln / %1 đăng ký thương vụ được phê duyệt cần có trong 12 tháng gần nhất</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closed-won deals in the last 12 months (%1 needed)</source>
        <translation>
            <numerusform>%Ln thương vụ đã thắng trong 12 tháng gần nhất (cần %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closed-won deals in the last 12 months of %1 needed</source>
        <translation>
            <numerusform>%Ln / %1 thương vụ đã thắng cần có trong 12 tháng gần nhất</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 points (%2 needed)</source>
        <extracomment>%1 = points the partner has, %2 = points the level needs; the plural follows %1</extracomment>
        <translation>
            <numerusform>%1 điểm (cần %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 points of %2 needed</source>
        <translation>
            <numerusform>%1 / %2 điểm cần có</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierHistoryModel</name>
    <message>
        <source>ChannelDesk (automatic)</source>
        <translation>ChannelDesk (tự động)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierMetrics</name>
    <message>
        <source>The tier evaluation was cancelled.</source>
        <translation>Đã hủy việc đánh giá hạng.</translation>
    </message>
    <message>
        <source>No day to evaluate the tiers on.</source>
        <translation>Không có ngày để đánh giá hạng.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierProgramRepository</name>
    <message>
        <source>Enter a name.</source>
        <translation>Hãy nhập tên.</translation>
    </message>
    <message numerus="yes">
        <source>The name is limited to %n character(s).</source>
        <translation>
            <numerusform>Tên có tối đa %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation>“%1” không phải là mã tiền tệ ISO 4217.</translation>
    </message>
    <message>
        <source>The rank must be 1 or more (1 is the lowest level).</source>
        <translation>Thứ bậc phải từ 1 trở lên (1 là cấp thấp nhất).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partner tier; choose one of the partner tiers.</source>
        <translation>“%1” không phải là hạng đối tác; hãy chọn một trong các hạng đối tác.</translation>
    </message>
    <message>
        <source>The lead weight must be between 0 and %1.</source>
        <translation>Trọng số khách hàng tiềm năng phải nằm trong khoảng từ 0 đến %1.</translation>
    </message>
    <message>
        <source>The revenue criterion</source>
        <translation>Tiêu chí doanh thu</translation>
    </message>
    <message>
        <source>The certified people criterion</source>
        <translation>Tiêu chí số người có chứng chỉ</translation>
    </message>
    <message>
        <source>The approved registrations criterion</source>
        <translation>Tiêu chí số đăng ký được phê duyệt</translation>
    </message>
    <message>
        <source>The closed-won deals criterion</source>
        <translation>Tiêu chí số thương vụ đã thắng</translation>
    </message>
    <message>
        <source>The points criterion</source>
        <translation>Tiêu chí điểm</translation>
    </message>
    <message>
        <source>Name the track of each certified people requirement.</source>
        <translation>Hãy đặt lộ trình cho từng yêu cầu về số người có chứng chỉ.</translation>
    </message>
    <message>
        <source>The %1 track needs at least one certified person.</source>
        <translation>Lộ trình %1 cần ít nhất một người có chứng chỉ.</translation>
    </message>
    <message>
        <source>The %1 track is listed twice.</source>
        <translation>Lộ trình %1 được liệt kê hai lần.</translation>
    </message>
    <message>
        <source>Rank %1 is already %2&apos;s; each level needs its own rank.</source>
        <translation>Thứ bậc %1 đã thuộc về %2; mỗi cấp cần một thứ bậc riêng.</translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation>Đối tác này không còn tồn tại.</translation>
    </message>
    <message>
        <source>%1 was deleted; restore the partner first.</source>
        <translation>%1 đã bị xóa; hãy khôi phục đối tác trước.</translation>
    </message>
    <message>
        <source>The program no longer exists.</source>
        <translation>Chương trình không còn tồn tại.</translation>
    </message>
    <message>
        <source>This program was deleted.</source>
        <translation>Chương trình này đã bị xóa.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s); deactivate the program instead of deleting it.</source>
        <translation>
            <numerusform>%1 có %n thành viên; hãy ngừng hoạt động chương trình thay vì xóa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The level no longer exists.</source>
        <translation>Cấp không còn tồn tại.</translation>
    </message>
    <message>
        <source>This level was deleted.</source>
        <translation>Cấp này đã bị xóa.</translation>
    </message>
    <message>
        <source>A level cannot move to another program.</source>
        <translation>Không thể chuyển một cấp sang chương trình khác.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) are at or waiting for %1; move them first.</source>
        <translation>
            <numerusform>%n thành viên đang ở hoặc đang chờ lên %1; hãy chuyển họ đi trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>This membership no longer exists.</source>
        <translation>Tư cách thành viên này không còn tồn tại.</translation>
    </message>
    <message>
        <source>The partner is not a member of this program.</source>
        <translation>Đối tác không phải là thành viên của chương trình này.</translation>
    </message>
    <message>
        <source>%1 is inactive; activate it before enrolling partners.</source>
        <translation>%1 đang ngừng hoạt động; hãy kích hoạt trước khi ghi danh đối tác.</translation>
    </message>
    <message>
        <source>%1 is already a member of %2.</source>
        <translation>%1 đã là thành viên của %2.</translation>
    </message>
    <message>
        <source>Enter a number of points other than zero.</source>
        <translation>Hãy nhập số điểm khác 0.</translation>
    </message>
    <message>
        <source>Enter the day the points were earned.</source>
        <translation>Hãy nhập ngày nhận được điểm.</translation>
    </message>
    <message>
        <source>Points cannot expire before the day they were earned.</source>
        <translation>Điểm không thể hết hạn trước ngày nhận được.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an activity type.</source>
        <translation>“%1” không phải là loại hoạt động.</translation>
    </message>
    <message>
        <source>The points entry no longer exists.</source>
        <translation>Mục điểm không còn tồn tại.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierProgramsScreen</name>
    <message>
        <source>The programs could not be read.</source>
        <translation>Không thể đọc các chương trình.</translation>
    </message>
    <message>
        <source>Show &amp;inactive programs</source>
        <translation>&amp;Hiển thị chương trình ngừng hoạt động</translation>
    </message>
    <message>
        <source>&amp;New Program…</source>
        <translation>Chương trình &amp;mới…</translation>
    </message>
    <message>
        <source>Create a partner program</source>
        <translation>Tạo chương trình đối tác</translation>
    </message>
    <message>
        <source>&amp;Edit Program…</source>
        <translation>&amp;Sửa chương trình…</translation>
    </message>
    <message>
        <source>Edit the selected program (Return)</source>
        <translation>Sửa chương trình đã chọn (Return)</translation>
    </message>
    <message>
        <source>&amp;Delete Program</source>
        <translation>&amp;Xóa chương trình</translation>
    </message>
    <message>
        <source>Delete the selected program; one with members can only be deactivated</source>
        <translation>Xóa chương trình đã chọn; chương trình có thành viên chỉ có thể ngừng hoạt động</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>&amp;Ngừng hoạt động</translation>
    </message>
    <message>
        <source>Stop evaluating the selected program</source>
        <translation>Ngừng đánh giá chương trình đã chọn</translation>
    </message>
    <message>
        <source>Enrol &amp;All Partners…</source>
        <translation>&amp;Ghi danh tất cả đối tác…</translation>
    </message>
    <message>
        <source>Enrol every partner that is not yet a member of the selected program</source>
        <translation>Ghi danh mọi đối tác chưa là thành viên vào chương trình đã chọn</translation>
    </message>
    <message>
        <source>&amp;Recompute Tiers Now</source>
        <translation>&amp;Tính lại hạng ngay</translation>
    </message>
    <message>
        <source>Evaluate every member against the criteria now (it also runs at start, hourly and after relevant changes)</source>
        <translation>Đánh giá mọi thành viên theo tiêu chí ngay bây giờ (việc này cũng chạy khi khởi động, hằng giờ và sau các thay đổi liên quan)</translation>
    </message>
    <message>
        <source>Tier recompute requested. Proposals and reviews appear in the tier review queue when it is done.</source>
        <translation>Đã yêu cầu tính lại hạng. Các đề xuất và yêu cầu xét duyệt sẽ xuất hiện trong hàng đợi xét duyệt hạng khi hoàn tất.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <source>Read the programs and levels again</source>
        <translation>Đọc lại các chương trình và cấp</translation>
    </message>
    <message>
        <source>New &amp;Level…</source>
        <translation>&amp;Cấp mới…</translation>
    </message>
    <message>
        <source>Add a level to the selected program</source>
        <translation>Thêm một cấp vào chương trình đã chọn</translation>
    </message>
    <message>
        <source>Edit Le&amp;vel…</source>
        <translation>Sửa cấ&amp;p…</translation>
    </message>
    <message>
        <source>Edit the selected level and its criteria (Return)</source>
        <translation>Sửa cấp đã chọn và các tiêu chí của cấp (Return)</translation>
    </message>
    <message>
        <source>Delete Lev&amp;el</source>
        <translation>Xó&amp;a cấp</translation>
    </message>
    <message>
        <source>Delete the selected level; refused while members are at it or pending for it</source>
        <translation>Xóa cấp đã chọn; không thể xóa khi có thành viên đang ở cấp này hoặc đang chờ lên cấp này</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Ch&amp;uyển lên</translation>
    </message>
    <message>
        <source>Give the selected level the next higher rank (Ctrl+Up)</source>
        <translation>Đặt cho cấp đã chọn thứ bậc cao hơn kế tiếp (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move D&amp;own</source>
        <translation>Chuyển xuống &amp;dưới</translation>
    </message>
    <message>
        <source>Give the selected level the next lower rank (Ctrl+Down)</source>
        <translation>Đặt cho cấp đã chọn thứ bậc thấp hơn kế tiếp (Ctrl+Down)</translation>
    </message>
    <message>
        <source>The partner programs could not be read: %1</source>
        <translation>Không thể đọc các chương trình đối tác: %1</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>The levels of %1 could not be read: %2</source>
        <translation>Không thể đọc các cấp của %1: %2</translation>
    </message>
    <message>
        <source>Levels of %1</source>
        <translation>Các cấp của %1</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Kích hoạt</translation>
    </message>
    <message>
        <source>Evaluate the selected program&apos;s members again</source>
        <translation>Đánh giá lại các thành viên của chương trình đã chọn</translation>
    </message>
    <message>
        <source>Stop evaluating the selected program; members and history are kept</source>
        <translation>Ngừng đánh giá chương trình đã chọn; thành viên và lịch sử được giữ lại</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s): deactivate it instead</source>
        <translation>
            <numerusform>%1 có %n thành viên: hãy ngừng hoạt động chương trình thay vì xóa</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the selected program</source>
        <translation>Xóa chương trình đã chọn</translation>
    </message>
    <message>
        <source>No partner programs yet.
Use New Program (%1) to create one, then add its levels — for example Registered, Silver, Gold, Platinum.</source>
        <translation>Chưa có chương trình đối tác nào.
Hãy dùng Chương trình mới (%1) để tạo, rồi thêm các cấp — ví dụ Đăng ký, Bạc, Vàng, Bạch kim.</translation>
    </message>
    <message>
        <source>Every program is inactive. Check Show inactive programs to list them.</source>
        <translation>Mọi chương trình đều đang ngừng hoạt động. Hãy chọn Hiển thị chương trình ngừng hoạt động để liệt kê.</translation>
    </message>
    <message>
        <source>This program has no levels yet.
Use New Level (%1) to add the entry level (rank 1), then the levels above it.</source>
        <translation>Chương trình này chưa có cấp nào.
Hãy dùng Cấp mới (%1) để thêm cấp khởi đầu (thứ bậc 1), sau đó là các cấp cao hơn.</translation>
    </message>
    <message>
        <source>Select a program to see its levels.</source>
        <translation>Chọn một chương trình để xem các cấp của chương trình.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Status bar of the partner programs screen: &quot;2 programs · 340 members&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n program(s)</source>
        <translation>
            <numerusform>%n chương trình</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n thành viên</numerusform>
        </translation>
    </message>
    <message>
        <source>Program %1 created. Add its levels with New Level, then enrol partners.</source>
        <translation>Đã tạo chương trình %1. Hãy thêm các cấp bằng Cấp mới, rồi ghi danh đối tác.</translation>
    </message>
    <message>
        <source>Program %1 saved.</source>
        <translation>Đã lưu chương trình %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted while partners are members of it (%n member(s)). Deactivate it instead: members and their tier history are kept.</source>
        <translation>
            <numerusform>Không thể xóa %1 khi vẫn còn đối tác là thành viên (%n thành viên). Hãy ngừng hoạt động chương trình: thành viên và lịch sử hạng của họ được giữ lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Program</source>
        <translation>Xóa chương trình</translation>
    </message>
    <message>
        <source>Delete the program %1 and its levels?</source>
        <translation>Xóa chương trình %1 và các cấp của chương trình?</translation>
    </message>
    <message>
        <source>It has no members. It is removed for every CAM once synchronised.</source>
        <translation>Chương trình không có thành viên. Chương trình sẽ bị xóa đối với mọi CAM sau khi đồng bộ.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>Chưa xóa %1: %2</translation>
    </message>
    <message>
        <source>Program %1 deleted.</source>
        <translation>Đã xóa chương trình %1.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>Chưa thay đổi %1: %2</translation>
    </message>
    <message>
        <source>%1 is active again: its members are evaluated at the next recompute.</source>
        <translation>%1 đã hoạt động trở lại: các thành viên sẽ được đánh giá ở lần tính lại tiếp theo.</translation>
    </message>
    <message>
        <source>%1 deactivated: its members are no longer evaluated; memberships and history are kept.</source>
        <translation>Đã ngừng hoạt động %1: các thành viên không còn được đánh giá; tư cách thành viên và lịch sử được giữ lại.</translation>
    </message>
    <message>
        <source>Enrol All Partners</source>
        <translation>Ghi danh tất cả đối tác</translation>
    </message>
    <message>
        <source>Enrol every partner that is not yet a member of %1?</source>
        <translation>Ghi danh mọi đối tác chưa là thành viên vào %1?</translation>
    </message>
    <message>
        <source>Each partner starts at the level matching its current tier, or unplaced until the next recompute. Partners already enrolled are left as they are.</source>
        <translation>Mỗi đối tác bắt đầu ở cấp tương ứng với hạng hiện tại, hoặc chưa được xếp cấp cho đến lần tính lại tiếp theo. Các đối tác đã ghi danh được giữ nguyên.</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Ghi danh</translation>
    </message>
    <message>
        <source>Enrolled with every partner</source>
        <translation>Được ghi danh cùng tất cả đối tác</translation>
    </message>
    <message>
        <source>Enrolling partners in %1…</source>
        <translation>Đang ghi danh đối tác vào %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) joined %1. Recompute tiers to place them.</source>
        <translation>
            <numerusform>%n đối tác đã tham gia %1. Hãy tính lại hạng để xếp cấp cho họ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every partner is already a member of %1.</source>
        <translation>Mọi đối tác đã là thành viên của %1.</translation>
    </message>
    <message>
        <source>Enrolling partners in %1 failed: %2</source>
        <translation>Ghi danh đối tác vào %1 không thành công: %2</translation>
    </message>
    <message>
        <source>Level %1 (rank %2) added to %3.</source>
        <translation>Đã thêm cấp %1 (thứ bậc %2) vào %3.</translation>
    </message>
    <message>
        <source>Level %1 saved.</source>
        <translation>Đã lưu cấp %1.</translation>
    </message>
    <message>
        <source>Delete Level</source>
        <translation>Xóa cấp</translation>
    </message>
    <message>
        <source>Delete the level %1?</source>
        <translation>Xóa cấp %1?</translation>
    </message>
    <message>
        <source>A level that members are at, or are proposed for, cannot be deleted.</source>
        <translation>Không thể xóa cấp có thành viên đang ở đó hoặc đang được đề xuất lên.</translation>
    </message>
    <message>
        <source>Level %1 was not deleted: %2</source>
        <translation>Chưa xóa cấp %1: %2</translation>
    </message>
    <message>
        <source>Level %1 deleted.</source>
        <translation>Đã xóa cấp %1.</translation>
    </message>
    <message>
        <source>The ranks were not changed: %1</source>
        <translation>Chưa thay đổi thứ bậc: %1</translation>
    </message>
    <message>
        <source>%1 now has rank %2, %3 rank %4.</source>
        <translation>%1 giờ có thứ bậc %2, %3 có thứ bậc %4.</translation>
    </message>
    <message>
        <source>The program members could not be counted: %1</source>
        <translation>Không thể đếm số thành viên của chương trình: %1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierQuery</name>
    <message>
        <source>Nothing waits for a decision on this membership any more.</source>
        <translation>Không còn gì chờ quyết định đối với tư cách thành viên này.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierQueueModel</name>
    <message>
        <source>Upgrade</source>
        <translation>Nâng hạng</translation>
    </message>
    <message>
        <source>Demotion review</source>
        <translation>Xét hạ hạng</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Reasons of a pending tier change, shown on one line in the queue</extracomment>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Current level</source>
        <translation>Cấp hiện tại</translation>
    </message>
    <message>
        <source>Proposed level</source>
        <translation>Cấp đề xuất</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Pending since</source>
        <translation>Chờ từ</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Thời gian chờ</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierRecomputeIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stop the tier check (members already checked keep their result)</source>
        <translation>Dừng kiểm tra hạng (các thành viên đã kiểm tra giữ nguyên kết quả)</translation>
    </message>
    <message>
        <source>Checking tiers…</source>
        <translation>Đang kiểm tra hạng…</translation>
    </message>
    <message>
        <source>Checking tiers… %L1 of %L2</source>
        <extracomment>Tier recompute progress in the status bar: members checked of all</extracomment>
        <translation>Đang kiểm tra hạng… %L1 / %L2</translation>
    </message>
    <message>
        <source>Tiers not checked yet</source>
        <translation>Chưa kiểm tra hạng</translation>
    </message>
    <message>
        <source>Tiers checked at %1</source>
        <translation>Đã kiểm tra hạng lúc %1</translation>
    </message>
    <message>
        <source>Tier check failed</source>
        <translation>Kiểm tra hạng không thành công</translation>
    </message>
    <message>
        <source>Last complete check: %1</source>
        <translation>Lần kiểm tra đầy đủ gần nhất: %1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierReview</name>
    <message>
        <source>Enter the reason for this decision.</source>
        <translation>Hãy nhập lý do cho quyết định này.</translation>
    </message>
    <message>
        <source>No upgrade is waiting for this partner any more: the latest evaluation withdrew or replaced it. Refresh the review queue.</source>
        <translation>Không còn yêu cầu nâng hạng nào chờ cho đối tác này: lần đánh giá mới nhất đã rút lại hoặc thay thế yêu cầu đó. Hãy làm mới hàng đợi xét duyệt.</translation>
    </message>
    <message>
        <source>No demotion review is waiting for this partner any more: the latest evaluation withdrew or replaced it. Refresh the review queue.</source>
        <translation>Không còn yêu cầu xét hạ hạng nào chờ cho đối tác này: lần đánh giá mới nhất đã rút lại hoặc thay thế yêu cầu đó. Hãy làm mới hàng đợi xét duyệt.</translation>
    </message>
    <message>
        <source>The pending change was replaced by a newer evaluation since you opened it; review it again.</source>
        <translation>Thay đổi đang chờ đã được thay thế bằng một lần đánh giá mới hơn kể từ khi bạn mở; hãy xét duyệt lại.</translation>
    </message>
    <message>
        <source>The proposed level no longer exists; set the level by hand.</source>
        <translation>Cấp đề xuất không còn tồn tại; hãy đặt cấp thủ công.</translation>
    </message>
    <message>
        <source>The proposed level is not of this program.</source>
        <translation>Cấp đề xuất không thuộc chương trình này.</translation>
    </message>
    <message>
        <source>Choose a level of the member&apos;s program.</source>
        <translation>Hãy chọn một cấp thuộc chương trình của thành viên.</translation>
    </message>
    <message>
        <source>The partner is already at %1.</source>
        <translation>Đối tác đã ở %1.</translation>
    </message>
    <message>
        <source>The partner has no level already.</source>
        <translation>Đối tác vốn chưa có cấp.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierReviewScreen</name>
    <message>
        <source>All programs</source>
        <translation>Tất cả chương trình</translation>
    </message>
    <message>
        <source>Check Tiers &amp;Now</source>
        <translation>&amp;Kiểm tra hạng ngay</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Chương trình:</translation>
    </message>
    <message>
        <source>Review Queue</source>
        <translation>Hàng đợi xét duyệt</translation>
    </message>
    <message>
        <source>At Risk</source>
        <translation>Có nguy cơ</translation>
    </message>
    <message>
        <source>All pending changes</source>
        <translation>Tất cả thay đổi đang chờ</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Nâng hạng</translation>
    </message>
    <message>
        <source>Demotion reviews</source>
        <translation>Xét hạ hạng</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <source>Partners are at risk when certificates expiring within this many days would take them below their level&apos;s criteria. Changing it checks tiers again.</source>
        <translation>Đối tác có nguy cơ khi các chứng chỉ sắp hết hạn trong số ngày này sẽ khiến họ không còn đạt tiêu chí của cấp hiện tại. Thay đổi giá trị này sẽ kiểm tra lại hạng.</translation>
    </message>
    <message>
        <source>&amp;Look ahead (days):</source>
        <translation>&amp;Dự báo trước (ngày):</translation>
    </message>
    <message>
        <source>Select a partner to see its standing and tier history.</source>
        <translation>Chọn một đối tác để xem tình trạng và lịch sử hạng.</translation>
    </message>
    <message>
        <source>Standing and what the next level needs</source>
        <translation>Tình trạng và điều kiện của cấp tiếp theo</translation>
    </message>
    <message>
        <source>Tier history</source>
        <translation>Lịch sử hạng</translation>
    </message>
    <message>
        <source>Evaluate every partner&apos;s tier now</source>
        <translation>Đánh giá hạng của mọi đối tác ngay bây giờ</translation>
    </message>
    <message>
        <source>Tier checks are not running</source>
        <translation>Không có lần kiểm tra hạng nào đang chạy</translation>
    </message>
    <message>
        <source>Checking tiers…</source>
        <translation>Đang kiểm tra hạng…</translation>
    </message>
    <message>
        <source>Checked at %1</source>
        <translation>Đã kiểm tra lúc %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking which partners are at risk within %n day(s)…</source>
        <translation>
            <numerusform>Đang kiểm tra những đối tác có nguy cơ trong vòng %n ngày…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tier change(s) waiting for review</source>
        <translation>
            <numerusform>%n thay đổi hạng đang chờ xét duyệt</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Queue (%L1)</source>
        <translation>Hàng đợi xét duyệt (%L1)</translation>
    </message>
    <message>
        <source>At Risk (%L1)</source>
        <translation>Có nguy cơ (%L1)</translation>
    </message>
    <message>
        <source>Nothing waits for a decision.</source>
        <translation>Không có gì đang chờ quyết định.</translation>
    </message>
    <message>
        <source>%1 no longer meets every criterion of %2 in %3 (review to move it to %4):</source>
        <translation>%1 không còn đáp ứng mọi tiêu chí của %2 trong %3 (hãy xét duyệt để chuyển xuống %4):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>%1 qualifies for %2 in %3:</source>
        <translation>%1 đủ điều kiện lên %2 trong %3:</translation>
    </message>
    <message numerus="yes">
        <source>No partner falls below its level within %n day(s).</source>
        <translation>
            <numerusform>Không có đối tác nào xuống dưới cấp hiện tại trong vòng %n ngày.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 falls short of %2 in %3 on %4:</source>
        <translation>%1 không còn đạt %2 trong %3 vào ngày %4:</translation>
    </message>
    <message>
        <source>%1 is now %2 in %3.</source>
        <translation>%1 hiện là %2 trong %3.</translation>
    </message>
    <message>
        <source>Upgrade of %1 rejected: it stays %2 in %3.</source>
        <translation>Đã từ chối nâng hạng cho %1: vẫn ở %2 trong %3.</translation>
    </message>
    <message>
        <source>%1 moved down to %2 in %3.</source>
        <translation>%1 đã bị hạ xuống %2 trong %3.</translation>
    </message>
    <message>
        <source>%1 keeps %2 in %3.</source>
        <translation>%1 vẫn giữ %2 trong %3.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierScheduler</name>
    <message>
        <source>Tier check cancelled</source>
        <translation>Đã hủy kiểm tra hạng</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) evaluated</source>
        <translation>
            <numerusform>Đã đánh giá %n thành viên</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upgrade(s) proposed</source>
        <translation>
            <numerusform>Đã đề xuất %n lượt nâng hạng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upgrade(s) applied automatically</source>
        <translation>
            <numerusform>Đã tự động áp dụng %n lượt nâng hạng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demotion review(s) opened</source>
        <translation>
            <numerusform>Đã mở %n yêu cầu xét hạ hạng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s) withdrawn</source>
        <translation>
            <numerusform>Đã rút lại %n thay đổi đang chờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n có nguy cơ</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separator between the counts of a tier recompute</extracomment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierStandingsModel</name>
    <message>
        <source>Not evaluated yet.</source>
        <translation>Chưa được đánh giá.</translation>
    </message>
    <message>
        <source>Revenue (last 12 months): %1</source>
        <translation>Doanh thu (12 tháng gần nhất): %1</translation>
    </message>
    <message>
        <source>Certified people: %L1</source>
        <translation>Người có chứng chỉ: %L1</translation>
    </message>
    <message>
        <source>Certified in %1: %L2</source>
        <translation>Có chứng chỉ về %1: %L2</translation>
    </message>
    <message>
        <source>Approved deal registrations: %L1</source>
        <translation>Đăng ký thương vụ được phê duyệt: %L1</translation>
    </message>
    <message>
        <source>Closed-won deals: %L1</source>
        <translation>Thương vụ đã thắng: %L1</translation>
    </message>
    <message>
        <source>Points: %L1</source>
        <translation>Điểm: %L1</translation>
    </message>
    <message>
        <source>Evaluated on %1</source>
        <translation>Được đánh giá ngày %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>Pending tier change, e.g. &quot;Upgrade to Gold&quot;</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(cấp cao nhất)</translation>
    </message>
    <message>
        <source>Not evaluated yet</source>
        <translation>Chưa được đánh giá</translation>
    </message>
    <message>
        <source>Meets every criterion of its level</source>
        <translation>Đáp ứng mọi tiêu chí của cấp hiện tại</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Nothing: qualifies for %1</source>
        <translation>Không thiếu gì: đủ điều kiện lên %1</translation>
    </message>
    <message>
        <source>Already met:</source>
        <translation>Đã đáp ứng:</translation>
    </message>
    <message>
        <source>No longer met at the current level:</source>
        <translation>Không còn đáp ứng ở cấp hiện tại:</translation>
    </message>
    <message>
        <source>At risk from %1:</source>
        <translation>Có nguy cơ từ %1:</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Next level</source>
        <translation>Cấp tiếp theo</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Còn thiếu</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Training</name>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Còn hiệu lực</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Sắp hết hạn</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Đã hết hạn</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Đã gia hạn</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>Joined the program</source>
        <translation>Tham gia chương trình</translation>
    </message>
    <message>
        <source>Upgrade proposed</source>
        <translation>Đề xuất nâng hạng</translation>
    </message>
    <message>
        <source>Upgrade approved</source>
        <translation>Đã phê duyệt nâng hạng</translation>
    </message>
    <message>
        <source>Proposal rejected</source>
        <translation>Đã từ chối đề xuất</translation>
    </message>
    <message>
        <source>Level applied automatically</source>
        <translation>Tự động áp dụng cấp</translation>
    </message>
    <message>
        <source>Demotion review opened</source>
        <translation>Mở yêu cầu xét hạ hạng</translation>
    </message>
    <message>
        <source>Demoted after review</source>
        <translation>Hạ hạng sau khi xét duyệt</translation>
    </message>
    <message>
        <source>Level kept after review</source>
        <translation>Giữ cấp sau khi xét duyệt</translation>
    </message>
    <message>
        <source>Pending change withdrawn</source>
        <translation>Rút lại thay đổi đang chờ</translation>
    </message>
    <message>
        <source>Level set by hand</source>
        <translation>Đặt cấp thủ công</translation>
    </message>
    <message>
        <source>Left the program</source>
        <translation>Rời chương trình</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Đào tạo</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Chứng chỉ</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Thương vụ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Tiếp thị</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TrainingCatalog</name>
    <message>
        <source>Enter a code.</source>
        <translation>Hãy nhập mã.</translation>
    </message>
    <message numerus="yes">
        <source>The code is limited to %n character(s).</source>
        <translation>
            <numerusform>Mã có tối đa %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Hãy nhập tên.</translation>
    </message>
    <message numerus="yes">
        <source>The name is limited to %n character(s).</source>
        <translation>
            <numerusform>Tên có tối đa %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>A course cannot be its own prerequisite.</source>
        <translation>Khóa học không thể là điều kiện tiên quyết của chính nó.</translation>
    </message>
    <message>
        <source>A prerequisite course no longer exists; choose the prerequisites again.</source>
        <translation>Một khóa học tiên quyết không còn tồn tại; hãy chọn lại các điều kiện tiên quyết.</translation>
    </message>
    <message>
        <source>These prerequisites would form a cycle: %1. A course cannot require itself, directly or through other courses.</source>
        <translation>Các điều kiện tiên quyết này sẽ tạo thành vòng lặp: %1. Khóa học không thể yêu cầu chính nó, dù trực tiếp hay thông qua các khóa học khác.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>Thời lượng không được âm.</translation>
    </message>
    <message>
        <source>The code %1 is already used by the course “%2”.</source>
        <translation>Mã %1 đã được dùng cho khóa học “%2”.</translation>
    </message>
    <message>
        <source>The validity cannot be negative (0 means the certification never expires).</source>
        <translation>Thời hạn hiệu lực không được âm (0 nghĩa là chứng chỉ không bao giờ hết hạn).</translation>
    </message>
    <message numerus="yes">
        <source>The validity is limited to %n month(s).</source>
        <translation>
            <numerusform>Thời hạn hiệu lực tối đa là %n tháng.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reminder cannot be a negative number of days before expiry.</source>
        <translation>Thời điểm nhắc nhở không được là số ngày âm trước khi hết hạn.</translation>
    </message>
    <message>
        <source>The recertification window cannot be a negative number of days.</source>
        <translation>Thời gian tái chứng nhận không được là số ngày âm.</translation>
    </message>
    <message>
        <source>The code %1 is already used by the certification “%2”.</source>
        <translation>Mã %1 đã được dùng cho chứng chỉ “%2”.</translation>
    </message>
    <message>
        <source>The course no longer exists.</source>
        <translation>Khóa học không còn tồn tại.</translation>
    </message>
    <message>
        <source>There is no course with the code %1.</source>
        <translation>Không có khóa học nào có mã %1.</translation>
    </message>
    <message>
        <source>This course was deleted.</source>
        <translation>Khóa học này đã bị xóa.</translation>
    </message>
    <message>
        <source>%1 is a prerequisite of %2; remove it from there first, or make the course inactive.</source>
        <translation>%1 là điều kiện tiên quyết của %2; hãy gỡ nó khỏi đó trước, hoặc ngừng cung cấp khóa học.</translation>
    </message>
    <message>
        <source>The certification no longer exists.</source>
        <translation>Chứng chỉ không còn tồn tại.</translation>
    </message>
    <message>
        <source>There is no certification with the code %1.</source>
        <translation>Không có chứng chỉ nào có mã %1.</translation>
    </message>
    <message>
        <source>This certification was deleted.</source>
        <translation>Chứng chỉ này đã bị xóa.</translation>
    </message>
    <message numerus="yes">
        <source>%n certification record(s) use %1; make it inactive instead of deleting it.</source>
        <translation>
            <numerusform>%n bản ghi chứng chỉ đang dùng %1; hãy ngừng cung cấp thay vì xóa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TrainingCatalogScreen</name>
    <message>
        <source>Show &amp;inactive</source>
        <translation>&amp;Hiển thị mục ngừng cung cấp</translation>
    </message>
    <message>
        <source>Search courses and certifications by code, name, track or prerequisite</source>
        <translation>Tìm khóa học và chứng chỉ theo mã, tên, lộ trình hoặc điều kiện tiên quyết</translation>
    </message>
    <message>
        <source>Also list courses and certifications that are no longer offered</source>
        <translation>Liệt kê cả những khóa học và chứng chỉ không còn được cung cấp</translation>
    </message>
    <message>
        <source>&amp;Courses</source>
        <translation>&amp;Khóa học</translation>
    </message>
    <message>
        <source>Cer&amp;tifications</source>
        <translation>&amp;Chứng chỉ</translation>
    </message>
    <message>
        <source>Courses partners&apos; people take; they can be prerequisites of other courses and of certifications</source>
        <translation>Các khóa học mà nhân sự của đối tác tham gia; chúng có thể là điều kiện tiên quyết của khóa học khác và của chứng chỉ</translation>
    </message>
    <message>
        <source>What each certification is, how long it lasts and when recertification opens</source>
        <translation>Mỗi chứng chỉ là gì, có hiệu lực bao lâu và khi nào mở tái chứng nhận</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <source>Read the catalogue again</source>
        <translation>Đọc lại danh mục</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <source>The courses could not be read: %1</source>
        <translation>Không thể đọc các khóa học: %1</translation>
    </message>
    <message>
        <source>The certification definitions could not be read: %1</source>
        <translation>Không thể đọc các định nghĩa chứng chỉ: %1</translation>
    </message>
    <message>
        <source>&amp;New Certification…</source>
        <translation>Chứng chỉ &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;New Course…</source>
        <translation>Khóa học &amp;mới…</translation>
    </message>
    <message>
        <source>Define a new certification (%1)</source>
        <translation>Định nghĩa chứng chỉ mới (%1)</translation>
    </message>
    <message>
        <source>Add a course to the catalogue (%1)</source>
        <translation>Thêm khóa học vào danh mục (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit Certification…</source>
        <translation>&amp;Sửa chứng chỉ…</translation>
    </message>
    <message>
        <source>&amp;Edit Course…</source>
        <translation>&amp;Sửa khóa học…</translation>
    </message>
    <message>
        <source>Edit the selected record (Return or double-click)</source>
        <translation>Sửa bản ghi đã chọn (Return hoặc nhấp đúp)</translation>
    </message>
    <message>
        <source>&amp;Delete Certification</source>
        <translation>&amp;Xóa chứng chỉ</translation>
    </message>
    <message>
        <source>&amp;Delete Course</source>
        <translation>&amp;Xóa khóa học</translation>
    </message>
    <message>
        <source>Delete the selected course</source>
        <translation>Xóa khóa học đã chọn</translation>
    </message>
    <message>
        <source>Required by %1: remove it from their prerequisites first, or deactivate it</source>
        <translation>Được yêu cầu bởi %1: hãy gỡ khỏi điều kiện tiên quyết của chúng trước, hoặc ngừng cung cấp</translation>
    </message>
    <message>
        <source>Delete the selected certification; one people hold can only be deactivated</source>
        <translation>Xóa chứng chỉ đã chọn; chứng chỉ đang có người nắm giữ chỉ có thể ngừng cung cấp</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Xóa bản ghi đã chọn</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>&amp;Ngừng cung cấp</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>Cung cấp lạ&amp;i</translation>
    </message>
    <message>
        <source>Stop offering the selected record; it stays for history</source>
        <translation>Ngừng cung cấp bản ghi đã chọn; bản ghi được giữ lại làm lịch sử</translation>
    </message>
    <message>
        <source>Offer the selected record again</source>
        <translation>Cung cấp lại bản ghi đã chọn</translation>
    </message>
    <message>
        <source>No courses yet.
Use New Course (%1) to add the first one; certifications and other courses can then require it.</source>
        <translation>Chưa có khóa học nào.
Hãy dùng Khóa học mới (%1) để thêm khóa học đầu tiên; sau đó các chứng chỉ và khóa học khác có thể yêu cầu khóa học này.</translation>
    </message>
    <message>
        <source>No certifications defined yet.
Use New Certification (%1) to define one: how long it is valid, when to remind and when recertification opens.</source>
        <translation>Chưa định nghĩa chứng chỉ nào.
Hãy dùng Chứng chỉ mới (%1) để định nghĩa: thời hạn hiệu lực, thời điểm nhắc nhở và thời điểm mở tái chứng nhận.</translation>
    </message>
    <message>
        <source>No course matches “%1”.</source>
        <translation>Không có khóa học nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>No certification matches “%1”.</source>
        <translation>Không có chứng chỉ nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>Every course is inactive. Check Show inactive to list them.</source>
        <translation>Mọi khóa học đều đã ngừng cung cấp. Hãy chọn Hiển thị mục ngừng cung cấp để liệt kê.</translation>
    </message>
    <message>
        <source>Every certification is inactive. Check Show inactive to list them.</source>
        <translation>Mọi chứng chỉ đều đã ngừng cung cấp. Hãy chọn Hiển thị mục ngừng cung cấp để liệt kê.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 / %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Status bar of the training catalogue: &quot;12 courses · 4 certifications&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n khóa học</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s)</source>
        <translation>
            <numerusform>%n chứng chỉ</numerusform>
        </translation>
    </message>
    <message>
        <source>Certification %1 (%2) defined.</source>
        <translation>Đã định nghĩa chứng chỉ %1 (%2).</translation>
    </message>
    <message>
        <source>Course %1 (%2) added to the catalogue.</source>
        <translation>Đã thêm khóa học %1 (%2) vào danh mục.</translation>
    </message>
    <message>
        <source>Certification %1 saved.</source>
        <translation>Đã lưu chứng chỉ %1.</translation>
    </message>
    <message>
        <source>Course %1 saved.</source>
        <translation>Đã lưu khóa học %1.</translation>
    </message>
    <message>
        <source>Course %1 cannot be deleted while other records require it (%2). Remove it from their prerequisites first, or deactivate it to stop offering it.</source>
        <translation>Không thể xóa khóa học %1 khi các bản ghi khác còn yêu cầu khóa học này (%2). Hãy gỡ khỏi điều kiện tiên quyết của chúng trước, hoặc ngừng cung cấp khóa học.</translation>
    </message>
    <message>
        <source>Delete Course</source>
        <translation>Xóa khóa học</translation>
    </message>
    <message>
        <source>Delete course %1 (%2) from the catalogue?</source>
        <translation>Xóa khóa học %1 (%2) khỏi danh mục?</translation>
    </message>
    <message>
        <source>It is removed for every CAM once synchronised. To stop offering it but keep it in people&apos;s history, deactivate it instead.</source>
        <translation>Khóa học sẽ bị xóa đối với mọi CAM sau khi đồng bộ. Để ngừng cung cấp nhưng vẫn giữ trong lịch sử của mọi người, hãy ngừng cung cấp khóa học thay vì xóa.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>De&amp;activate Instead</source>
        <translation>&amp;Ngừng cung cấp thay vì xóa</translation>
    </message>
    <message>
        <source>Course %1 was not deleted: %2</source>
        <translation>Chưa xóa khóa học %1: %2</translation>
    </message>
    <message>
        <source>Course %1 deleted.</source>
        <translation>Đã xóa khóa học %1.</translation>
    </message>
    <message>
        <source>Delete Certification</source>
        <translation>Xóa chứng chỉ</translation>
    </message>
    <message>
        <source>Delete certification %1 (%2) from the catalogue?</source>
        <translation>Xóa chứng chỉ %1 (%2) khỏi danh mục?</translation>
    </message>
    <message>
        <source>Only a certification nobody holds can be deleted. To stop offering it but keep existing certificates, deactivate it instead.</source>
        <translation>Chỉ có thể xóa chứng chỉ chưa có ai nắm giữ. Để ngừng cung cấp nhưng vẫn giữ các chứng chỉ đã cấp, hãy ngừng cung cấp chứng chỉ thay vì xóa.</translation>
    </message>
    <message>
        <source>Certification %1 was not deleted: %2</source>
        <translation>Chưa xóa chứng chỉ %1: %2</translation>
    </message>
    <message>
        <source>Certification %1 deleted.</source>
        <translation>Đã xóa chứng chỉ %1.</translation>
    </message>
    <message>
        <source>Course %1 was not changed: %2</source>
        <translation>Chưa thay đổi khóa học %1: %2</translation>
    </message>
    <message>
        <source>Course %1 is offered again.</source>
        <translation>Khóa học %1 được cung cấp trở lại.</translation>
    </message>
    <message>
        <source>Course %1 deactivated: it stays in people&apos;s history and in existing prerequisites but is no longer offered.</source>
        <translation>Đã ngừng cung cấp khóa học %1: khóa học vẫn nằm trong lịch sử của mọi người và trong các điều kiện tiên quyết hiện có nhưng không còn được cung cấp.</translation>
    </message>
    <message>
        <source>Certification %1 was not changed: %2</source>
        <translation>Chưa thay đổi chứng chỉ %1: %2</translation>
    </message>
    <message>
        <source>Certification %1 is offered again.</source>
        <translation>Chứng chỉ %1 được cung cấp trở lại.</translation>
    </message>
    <message>
        <source>Certification %1 deactivated: existing certificates keep counting until they expire; no new ones are offered.</source>
        <translation>Đã ngừng cung cấp chứng chỉ %1: các chứng chỉ đã cấp vẫn được tính cho đến khi hết hạn; không cấp thêm chứng chỉ mới.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TrainingForm</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <comment>person &lt;e-mail&gt;</comment>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Choose a partner first</source>
        <translation>Hãy chọn đối tác trước</translation>
    </message>
    <message>
        <source>This partner has no contacts</source>
        <translation>Đối tác này không có người liên hệ nào</translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation>Chọn người…</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TrainingGenerator</name>
    <message>
        <source>The vendor&apos;s partner program: four levels from Registered to Platinum; upgrades are approved by the channel account manager.</source>
        <translation>Chương trình đối tác của nhà cung cấp: bốn cấp từ Đăng ký đến Bạch kim; việc nâng hạng do người quản lý tài khoản kênh (CAM) phê duyệt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 course of the %2 track (%n hours).</source>
        <translation>
            <numerusform>Khóa học %1 thuộc lộ trình %2 (%n giờ).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 certification, valid for %n months.</source>
        <translation>
            <numerusform>Chứng chỉ %1, có hiệu lực %n tháng.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 certification; it does not expire.</source>
        <translation>Chứng chỉ %1; không hết hạn.</translation>
    </message>
    <message>
        <source>The database is busy in another window or program. Try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang được một cửa sổ hoặc chương trình khác sử dụng. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was saved.</source>
        <translation>Ổ đĩa đã đầy. Hãy giải phóng bớt dung lượng; không có dữ liệu nào được lưu.</translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation>Tệp cơ sở dữ liệu ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>The database could not complete the operation; nothing was saved.</source>
        <translation>Cơ sở dữ liệu không thể hoàn tất thao tác; không có dữ liệu nào được lưu.</translation>
    </message>
    <message>
        <source>The database has no partners to train and certify. Generate partners first, e.g. --partners 1000 --certifications 10000.</source>
        <translation>Cơ sở dữ liệu không có đối tác nào để đào tạo và cấp chứng chỉ. Hãy tạo đối tác trước, ví dụ --partners 1000 --certifications 10000.</translation>
    </message>
    <message>
        <source>Enrolled in the program</source>
        <translation>Đã ghi danh vào chương trình</translation>
    </message>
    <message numerus="yes">
        <source>There are not enough people for that many certifications: each contact holds at most one of each of the %n certifications at a time. Add contacts (for example --contacts-per-partner 5) or ask for fewer.</source>
        <translation>
            <numerusform>Không đủ người cho số lượng chứng chỉ đó: mỗi người liên hệ chỉ nắm giữ tối đa một chứng chỉ cho mỗi loại trong %n loại chứng chỉ tại một thời điểm. Hãy thêm người liên hệ (ví dụ --contacts-per-partner 5) hoặc yêu cầu ít chứng chỉ hơn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked: exam policy violation reported by the test centre.</source>
        <translation>Bị thu hồi: trung tâm khảo thí báo cáo vi phạm quy chế thi.</translation>
    </message>
    <message>
        <source>The number of certifications cannot be negative.</source>
        <translation>Số lượng chứng chỉ không được âm.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Cơ sở dữ liệu chưa được mở.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TrainingSettings</name>
    <message numerus="yes">
        <source>The at-risk horizon must be between 1 and %n days.</source>
        <translation>
            <numerusform>Khoảng thời gian xét nguy cơ phải từ 1 đến %n ngày.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The review snooze must be between 0 and %n days.</source>
        <translation>
            <numerusform>Thời gian tạm hoãn xét duyệt phải từ 0 đến %n ngày.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recompute interval must be between %1 and %2 minutes.</source>
        <translation>Khoảng thời gian tính lại phải từ %1 đến %2 phút.</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::UtilisationChart</name>
    <message>
        <source>Amount (%1)</source>
        <translation>Số tiền (%1)</translation>
    </message>
    <message>
        <source>Amount (billions of %1)</source>
        <translation>Số tiền (tỷ %1)</translation>
    </message>
    <message>
        <source>Amount (millions of %1)</source>
        <translation>Số tiền (triệu %1)</translation>
    </message>
    <message>
        <source>Amount (thousands of %1)</source>
        <translation>Số tiền (nghìn %1)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Đã thanh toán</translation>
    </message>
    <message>
        <source>Claims approved, not paid</source>
        <translation>Yêu cầu thanh toán đã phê duyệt, chưa thanh toán</translation>
    </message>
    <message>
        <source>Approved, not claimed</source>
        <translation>Đã phê duyệt, chưa yêu cầu thanh toán</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <source>Budgets in different currencies are never added up: pick the currency to show</source>
        <translation>Ngân sách bằng các đơn vị tiền tệ khác nhau không bao giờ được cộng gộp: hãy chọn đơn vị tiền tệ cần hiển thị</translation>
    </message>
    <message>
        <source>Currency of the budgets shown</source>
        <translation>Đơn vị tiền tệ của các ngân sách đang hiển thị</translation>
    </message>
    <message>
        <source>Budget utilisation</source>
        <translation>Mức sử dụng ngân sách</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Bar label in the utilisation chart: partner name · allocation period</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Utilisation of %1</source>
        <translation>Mức sử dụng của %1</translation>
    </message>
    <message>
        <source>This budget has no allocations yet (or none for the partner filtered on).</source>
        <translation>Ngân sách này chưa có khoản phân bổ nào (hoặc không có khoản nào cho đối tác đang lọc).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n budget(s))</source>
        <translation>
            <numerusform>%1 (%n ngân sách)</numerusform>
        </translation>
    </message>
    <message>
        <source>Utilisation of the %1 budgets</source>
        <translation>Mức sử dụng của các ngân sách bằng %1</translation>
    </message>
    <message>
        <source>No budgets to show. Create one with New Budget.</source>
        <translation>Không có ngân sách nào để hiển thị. Hãy tạo ngân sách bằng Ngân sách mới.</translation>
    </message>
    <message numerus="yes">
        <source>%n other budget(s)</source>
        <translation>
            <numerusform>%n ngân sách khác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other allocation(s)</source>
        <translation>
            <numerusform>%n khoản phân bổ khác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Amounts in %1 · %n budget(s) · %2 paid of %3</source>
        <translation>
            <numerusform>Số tiền tính bằng %1 · %n ngân sách · đã thanh toán %2 trên %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Amounts in %1 · %n allocation(s) · %2 paid of %3 allocated</source>
        <translation>
            <numerusform>Số tiền tính bằng %1 · %n khoản phân bổ · đã thanh toán %2 trên %3 đã phân bổ</numerusform>
        </translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Số tiền: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Overdrawn by %1</source>
        <translation>Vượt mức %1</translation>
    </message>
    <message>
        <source>Click to select it in the tree</source>
        <translation>Nhấp để chọn mục này trong cây</translation>
    </message>
</context>
<context>
    <name>ProgramTr</name>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 không được âm.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The database to use (default: %1).</source>
        <translation>Cơ sở dữ liệu cần dùng (mặc định: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>đường dẫn</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run channeldesk-cli --help.</source>
        <translation>Không nhận ra lệnh “%1”. Hãy chạy channeldesk-cli --help.</translation>
    </message>
    <message>
        <source>Contacts for each partner (default 2).</source>
        <translation>Số người liên hệ của mỗi đối tác (mặc định 2).</translation>
    </message>
    <message>
        <source>Record every generated row as a local change to sync (off by default: generated data is for demos and benchmarks).</source>
        <translation>Ghi mỗi dòng được tạo thành một thay đổi cục bộ chờ đồng bộ (mặc định tắt: dữ liệu được tạo chỉ dùng để trình diễn và đo hiệu năng).</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Data format: %1</source>
        <translation>Định dạng dữ liệu: %1</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Đối tác: %1</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Người liên hệ: %1</translation>
    </message>
    <message>
        <source>Changes waiting to sync: %1</source>
        <translation>Thay đổi chờ đồng bộ: %1</translation>
    </message>
    <message>
        <source>Partners added: %L1. Contacts added: %L2. Time: %L3 ms.</source>
        <translation>Đã thêm đối tác: %L1. Đã thêm người liên hệ: %L2. Thời gian: %L3 ms.</translation>
    </message>
    <message>
        <source>Partners so far: %L1…</source>
        <translation>Số đối tác đã tạo: %L1…</translation>
    </message>
    <message>
        <source>Signs in to the sync server and syncs once: sends the changes made here, then receives the changes made elsewhere.</source>
        <translation>Đăng nhập vào máy chủ đồng bộ và đồng bộ một lần: gửi các thay đổi đã thực hiện tại đây, sau đó nhận các thay đổi đã thực hiện ở nơi khác.</translation>
    </message>
    <message>
        <source>The sync server&apos;s address (https://…).</source>
        <translation>Địa chỉ của máy chủ đồng bộ (https://…).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Your user name on the server.</source>
        <translation>Tên người dùng của bạn trên máy chủ.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>A certificate authority to trust besides the system&apos;s (PEM), for a company&apos;s own CA.</source>
        <translation>Tổ chức cấp chứng chỉ (CA) được tin cậy thêm ngoài các CA của hệ thống (PEM), dùng cho CA riêng của công ty.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Đọc mật khẩu từ dòng đầu tiên của đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>The database to sync.</source>
        <translation>Cơ sở dữ liệu cần đồng bộ.</translation>
    </message>
    <message>
        <source>sync needs --server and --user.</source>
        <translation>sync cần có --server và --user.</translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation>Hãy cung cấp mật khẩu qua đầu vào chuẩn bằng --password-stdin.</translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>Không có mật khẩu nào được cung cấp qua đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>Synced. Sent: %L1. Received: %L2. Open conflicts: %L3. Rejected: %L4. Still to send: %L5.</source>
        <translation>Đã đồng bộ. Đã gửi: %L1. Đã nhận: %L2. Xung đột chưa giải quyết: %L3. Bị từ chối: %L4. Còn chờ gửi: %L5.</translation>
    </message>
    <message>
        <source>Sync was cancelled; what was already sent or received is kept.</source>
        <translation>Đã hủy đồng bộ; những gì đã gửi hoặc nhận vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>Nothing is lost; run sync again later.</source>
        <translation>Không có dữ liệu nào bị mất; hãy chạy lại lệnh sync sau.</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Tệp: %1 (%2)</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Chạy thử: không có gì được ghi.</translation>
    </message>
    <message>
        <source>Records: %L1. Created: %L2. Updated: %L3. Unchanged: %L4. Rejected: %L5. Warnings: %L6.</source>
        <translation>Bản ghi: %L1. Đã tạo: %L2. Đã cập nhật: %L3. Không đổi: %L4. Bị từ chối: %L5. Cảnh báo: %L6.</translation>
    </message>
    <message>
        <source>Contacts created: %L1. Contacts updated: %L2.</source>
        <translation>Người liên hệ đã tạo: %L1. Người liên hệ đã cập nhật: %L2.</translation>
    </message>
    <message>
        <source>Blank rows skipped: %L1.</source>
        <translation>Dòng trống đã bỏ qua: %L1.</translation>
    </message>
    <message>
        <source>  line %1: %2 (%3)</source>
        <translation>  dòng %1: %2 (%3)</translation>
    </message>
    <message>
        <source>  line %1 rejected: %2 (%3)</source>
        <translation>  dòng %1 bị từ chối: %2 (%3)</translation>
    </message>
    <message>
        <source>Duplicate groups: %L1 strong, %L2 possible (review them with --report json).</source>
        <translation>Nhóm trùng lặp: %L1 chắc chắn, %L2 có thể (xem lại bằng --report json).</translation>
    </message>
    <message>
        <source>Recorded as import %1 in the import history; it can be reverted there.</source>
        <translation>Đã ghi nhận là lần nhập %1 trong lịch sử nhập; có thể hoàn nguyên lần nhập này tại đó.</translation>
    </message>
    <message>
        <source>The mapping file “%1” cannot be read: %2</source>
        <translation>Không thể đọc tệp ánh xạ “%1”: %2</translation>
    </message>
    <message>
        <source>The mapping file “%1” is not a JSON object: %2</source>
        <translation>Tệp ánh xạ “%1” không phải là một đối tượng JSON: %2</translation>
    </message>
    <message>
        <source>There is no mapping file “%1”, and no database to look for a template of that name.</source>
        <translation>Không có tệp ánh xạ “%1”, và cũng không có cơ sở dữ liệu để tìm mẫu có tên đó.</translation>
    </message>
    <message>
        <source>There is no mapping template named “%1” and no file of that name.</source>
        <translation>Không có mẫu ánh xạ nào tên là “%1” và cũng không có tệp nào có tên đó.</translation>
    </message>
    <message>
        <source>Columns not imported (no matching field; map them with --mapping): %1</source>
        <translation>Các cột không được nhập (không có trường phù hợp; hãy ánh xạ bằng --mapping): %1</translation>
    </message>
    <message>
        <source>Columns not imported because an earlier column has the same field: %1</source>
        <translation>Các cột không được nhập vì một cột phía trước đã được gán cùng trường: %1</translation>
    </message>
    <message>
        <source>A saved mapping template, or a JSON file mapping headers to fields ({&quot;Company&quot;: &quot;partner.name&quot;}). Without it, headers are mapped automatically.</source>
        <translation>Một mẫu ánh xạ đã lưu, hoặc một tệp JSON ánh xạ tiêu đề cột sang trường ({&quot;Company&quot;: &quot;partner.name&quot;}). Nếu không có, tiêu đề sẽ được ánh xạ tự động.</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>tên|tệp</translation>
    </message>
    <message>
        <source>create (new partners only), update (existing only) or upsert (both; default).</source>
        <translation>create (chỉ tạo đối tác mới), update (chỉ cập nhật đối tác hiện có) hoặc upsert (cả hai; mặc định).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>chế độ</translation>
    </message>
    <message>
        <source>Match rules in order, comma-separated: id, external-id, email, domain, name-country (default: all, in that order).</source>
        <translation>Các quy tắc đối chiếu theo thứ tự, phân cách bằng dấu phẩy: id, external-id, email, domain, name-country (mặc định: tất cả, theo thứ tự đó).</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>khóa</translation>
    </message>
    <message>
        <source>utf-8, utf-16le, utf-16be, windows-1252 or windows-1258 (default: detect).</source>
        <translation>utf-8, utf-16le, utf-16be, windows-1252 hoặc windows-1258 (mặc định: tự nhận diện).</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>bảng mã</translation>
    </message>
    <message>
        <source>comma, semicolon, tab or pipe (default: detect).</source>
        <translation>comma (dấu phẩy), semicolon (dấu chấm phẩy), tab hoặc pipe (dấu gạch đứng) (mặc định: tự nhận diện).</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>dấu phân cách</translation>
    </message>
    <message>
        <source>Report what the import would do; write nothing.</source>
        <translation>Báo cáo những gì việc nhập sẽ thực hiện; không ghi gì cả.</translation>
    </message>
    <message>
        <source>json: print the full machine-readable report on stdout instead of a summary.</source>
        <translation>json: in toàn bộ báo cáo dạng máy đọc được ra stdout thay vì bản tóm tắt.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>định dạng</translation>
    </message>
    <message>
        <source>Write the rejected rows to this CSV file (the file&apos;s own layout plus Line and Error columns), to fix and import again. Written even when no row was rejected, so it is never stale.</source>
        <translation>Ghi các dòng bị từ chối vào tệp CSV này (giữ bố cục của tệp gốc, thêm cột Line và Error) để sửa và nhập lại. Tệp luôn được ghi, kể cả khi không có dòng nào bị từ chối, nên không bao giờ chứa kết quả cũ.</translation>
    </message>
    <message>
        <source>Owner of created partners when the file has no owner column.</source>
        <translation>Người phụ trách của các đối tác được tạo khi tệp không có cột người phụ trách.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>người dùng</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Tệp CSV cần nhập.</translation>
    </message>
    <message>
        <source>--mode must be create, update or upsert.</source>
        <translation>--mode phải là create, update hoặc upsert.</translation>
    </message>
    <message>
        <source>--match takes a comma-separated list of id, external-id, email, domain, name-country.</source>
        <translation>--match nhận một danh sách phân cách bằng dấu phẩy gồm id, external-id, email, domain, name-country.</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”: use utf-8, utf-16le, utf-16be, windows-1252 or windows-1258.</source>
        <translation>Bảng mã “%1” không xác định: hãy dùng utf-8, utf-16le, utf-16be, windows-1252 hoặc windows-1258.</translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon, tab or pipe.</source>
        <translation>--delimiter phải là comma, semicolon, tab hoặc pipe.</translation>
    </message>
    <message>
        <source>--report only knows json.</source>
        <translation>--report chỉ hỗ trợ json.</translation>
    </message>
    <message>
        <source>No temporary folder is available for the dry run.</source>
        <translation>Không có thư mục tạm nào để chạy thử.</translation>
    </message>
    <message>
        <source>No column maps to the partner name, which new partners need. Columns: %1. Name one of them “%2”, give a mapping with --mapping, or use --mode update.</source>
        <translation>Không có cột nào được ánh xạ vào tên đối tác, trong khi đối tác mới bắt buộc phải có tên. Các cột: %1. Hãy đổi tên một cột thành “%2”, cung cấp ánh xạ bằng --mapping, hoặc dùng --mode update.</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Đang phân tích…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Đã bị ngắt.</translation>
    </message>
    <message>
        <source>Exports the live partners, or those matching the filters, as CSV. Headers are the field names in English, so channeldesk-cli import (and the import wizard in any language) maps them back. Cells that a spreadsheet would run as a formula (= + - @ at the start) get a leading apostrophe, which import removes again. The file is written whole or not at all.

Exit codes: 0 written, 1 failure (message on stderr), 2 wrong usage, 3 cancelled (no file written).</source>
        <translation>Xuất các đối tác chưa bị xóa, hoặc những đối tác khớp với bộ lọc, ra tệp CSV. Tiêu đề cột là tên trường bằng tiếng Anh, nên channeldesk-cli import (và trình hướng dẫn nhập ở mọi ngôn ngữ) đều ánh xạ lại được. Những ô mà bảng tính sẽ chạy như công thức (bắt đầu bằng = + - @) được thêm dấu nháy đơn ở đầu, và lệnh import sẽ bỏ dấu này đi. Tệp được ghi trọn vẹn hoặc không được ghi gì cả.

Mã thoát: 0 đã ghi, 1 thất bại (thông báo được ghi ra stderr), 2 dùng sai cú pháp, 3 đã hủy (không có tệp nào được ghi).</translation>
    </message>
    <message>
        <source>excel (UTF-8 with BOM, the locale&apos;s list separator; default), utf8 (no BOM, comma) or unicode-text (UTF-16LE, tab: opens correctly in every Excel).</source>
        <translation>excel (UTF-8 có BOM, dấu phân cách danh sách theo thiết lập vùng; mặc định), utf8 (không có BOM, dấu phẩy) hoặc unicode-text (UTF-16LE, tab: mở đúng trong mọi phiên bản Excel).</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>kiểu</translation>
    </message>
    <message>
        <source>comma, semicolon, tab or pipe (not for unicode-text).</source>
        <translation>comma (dấu phẩy), semicolon (dấu chấm phẩy), tab hoặc pipe (dấu gạch đứng) (không dùng với unicode-text).</translation>
    </message>
    <message>
        <source>One row per contact, with the contact&apos;s columns.</source>
        <translation>Mỗi người liên hệ một dòng, kèm các cột của người liên hệ.</translation>
    </message>
    <message>
        <source>No apostrophe before formula-like cells (only for tools, never for spreadsheets).</source>
        <translation>Không thêm dấu nháy đơn trước các ô trông giống công thức (chỉ dùng cho công cụ xử lý dữ liệu, không bao giờ dùng cho bảng tính).</translation>
    </message>
    <message>
        <source>Comma-separated field keys to export (partner.name, partner.country, …; default: every partner field).</source>
        <translation>Các khóa trường cần xuất, phân cách bằng dấu phẩy (partner.name, partner.country, …; mặc định: mọi trường của đối tác).</translation>
    </message>
    <message>
        <source>Only partners of this tier (code).</source>
        <translation>Chỉ các đối tác thuộc hạng này (mã).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>Only partners of this type (code).</source>
        <translation>Chỉ các đối tác thuộc loại này (mã).</translation>
    </message>
    <message>
        <source>Only partners in this stage (code).</source>
        <translation>Chỉ các đối tác ở giai đoạn này (mã).</translation>
    </message>
    <message>
        <source>Only partners in this country (ISO code).</source>
        <translation>Chỉ các đối tác ở quốc gia này (mã ISO).</translation>
    </message>
    <message>
        <source>Only partners of this owner.</source>
        <translation>Chỉ các đối tác do người này phụ trách.</translation>
    </message>
    <message>
        <source>Only partners matching this text, as the list&apos;s search box.</source>
        <translation>Chỉ các đối tác khớp với nội dung này, giống như ô tìm kiếm của danh sách.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>Order: name, type, tier, stage, country, city, owner, review, revenue or updated (with a filter or --search the default is name; otherwise storage order).</source>
        <translation>Thứ tự sắp xếp: name, type, tier, stage, country, city, owner, review, revenue hoặc updated (khi có bộ lọc hoặc --search, mặc định là name; nếu không, theo thứ tự lưu trữ).</translation>
    </message>
    <message>
        <source>column</source>
        <translation>cột</translation>
    </message>
    <message>
        <source>Reverse the order.</source>
        <translation>Đảo ngược thứ tự.</translation>
    </message>
    <message>
        <source>The CSV file to write (replaced if it exists).</source>
        <translation>Tệp CSV cần ghi (sẽ bị thay thế nếu đã tồn tại).</translation>
    </message>
    <message>
        <source>--profile must be excel, utf8 or unicode-text.</source>
        <translation>--profile phải là excel, utf8 hoặc unicode-text.</translation>
    </message>
    <message>
        <source>The unicode-text profile is always tab-separated.</source>
        <translation>Kiểu unicode-text luôn phân cách bằng tab.</translation>
    </message>
    <message>
        <source>--sort must be name, type, tier, stage, country, city, owner, review, revenue or updated.</source>
        <translation>--sort phải là name, type, tier, stage, country, city, owner, review, revenue hoặc updated.</translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>Không có cơ sở dữ liệu nào tại “%1”.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>Imports partners (and one contact per row) from a CSV file. The encoding, delimiter and columns are detected; every rejected line is reported with its number and reason. The import is one transaction: a failure or Ctrl+C leaves the database as it was.

Exit codes: 0 no row rejected, 1 failure (message on stderr), 2 wrong usage, 3 cancelled, 6 finished but some rows were rejected (the others were imported; a dry run returns the same codes).</source>
        <translation>Nhập đối tác (và một người liên hệ trên mỗi dòng) từ tệp CSV. Bảng mã, dấu phân cách và các cột được tự động nhận diện; mỗi dòng bị từ chối đều được báo cáo kèm số dòng và lý do. Việc nhập diễn ra trong một giao dịch duy nhất: nếu có lỗi hoặc bạn nhấn Ctrl+C, cơ sở dữ liệu vẫn giữ nguyên như cũ.

Mã thoát: 0 không có dòng nào bị từ chối, 1 thất bại (thông báo được ghi ra stderr), 2 dùng sai cú pháp, 3 đã hủy, 6 đã nhập xong nhưng có dòng bị từ chối (các dòng khác đã được nhập; chạy thử cũng trả về các mã này).</translation>
    </message>
    <message>
        <source>%1 needs exactly one file. Run channeldesk-cli %1 --help.</source>
        <translation>Lệnh %1 cần đúng một tệp. Hãy chạy channeldesk-cli %1 --help.</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more rejected line(s) (see --errors FILE or --report json).</source>
        <translation>
            <numerusform>  … và %n dòng bị từ chối khác (xem --errors TỆP hoặc --report json).</numerusform>
        </translation>
    </message>
    <message>
        <source>Partners exported: %1 (rows: %2) to %3 in %4 ms.</source>
        <translation>Đã xuất %1 đối tác (%2 dòng) vào %3 trong %4 ms.</translation>
    </message>
    <message>
        <source>Values longer than the %1 characters Excel can hold in a cell: %2; Excel will cut them.</source>
        <translation>Số giá trị dài hơn %1 ký tự mà Excel chứa được trong một ô: %2; Excel sẽ cắt bớt các giá trị này.</translation>
    </message>
    <message>
        <source>Number of deal registrations and opportunities to add (default 0), spread over all partners, after the partners of --partners if any.</source>
        <translation>Số lượng đăng ký thương vụ và cơ hội bán hàng cần thêm (mặc định 0), phân bổ cho tất cả đối tác, sau khi đã tạo các đối tác theo --partners (nếu có).</translation>
    </message>
    <message>
        <source>Also write each deal&apos;s history (about four events per deal; slower).</source>
        <translation>Ghi cả lịch sử của từng thương vụ (khoảng bốn sự kiện mỗi thương vụ; chậm hơn).</translation>
    </message>
    <message>
        <source>Seed of partners and deals; the same seed (and --as-of) gives the same data.</source>
        <translation>Giá trị khởi tạo (seed) cho đối tác và thương vụ; cùng một giá trị khởi tạo (và cùng --as-of) sẽ cho ra cùng một bộ dữ liệu.</translation>
    </message>
    <message>
        <source>--partners and --deals must be 0 to 100000000, --contacts-per-partner 0 to 50, --seed a non-negative number.</source>
        <translation>--partners và --deals phải từ 0 đến 100000000, --contacts-per-partner từ 0 đến 50, --seed phải là số không âm.</translation>
    </message>
    <message>
        <source>--as-of must be a date written YYYY-MM-DD.</source>
        <translation>--as-of phải là ngày theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The database has no partners to register deals for. Generate some in the same command, e.g. --partners 1000 --deals %1.</source>
        <translation>Cơ sở dữ liệu không có đối tác nào để đăng ký thương vụ. Hãy tạo đối tác ngay trong cùng lệnh, ví dụ --partners 1000 --deals %1.</translation>
    </message>
    <message>
        <source>Deals so far: %L1…</source>
        <translation>Số thương vụ đã tạo: %L1…</translation>
    </message>
    <message>
        <source>Deals added: %L1 (%L2 registrations, %L3 opportunities; %L4 registrations repeat another partner&apos;s customer and product). History events: %L5. Time: %L6 ms.</source>
        <translation>Đã thêm thương vụ: %L1 (%L2 bản đăng ký, %L3 cơ hội bán hàng; %L4 bản đăng ký trùng khách hàng và sản phẩm với đối tác khác). Sự kiện lịch sử: %L5. Thời gian: %L6 ms.</translation>
    </message>
    <message>
        <source>Number of MDF fund requests to add (default 0), with the budgets and allocations they draw on, their claims and payments.</source>
        <translation>Số lượng đề nghị cấp quỹ MDF cần thêm (mặc định 0), kèm theo ngân sách và khoản phân bổ mà chúng sử dụng, cùng các yêu cầu thanh toán và khoản thanh toán của chúng.</translation>
    </message>
    <message>
        <source>MDF claims per fund request on average (default 3), made against the approved requests.</source>
        <translation>Số yêu cầu thanh toán MDF trung bình cho mỗi đề nghị cấp quỹ (mặc định 3), được lập cho các đề nghị đã phê duyệt.</translation>
    </message>
    <message>
        <source>Also write the history of every MDF record (slower).</source>
        <translation>Ghi cả lịch sử của mọi bản ghi MDF (chậm hơn).</translation>
    </message>
    <message>
        <source>The day deals and MDF data are generated around, YYYY-MM-DD (default today): expected close dates from a year before to 18 months after it; MDF budgets for its year and the year before.</source>
        <translation>Ngày làm mốc để tạo thương vụ và dữ liệu MDF, theo dạng YYYY-MM-DD (mặc định là hôm nay): ngày chốt dự kiến nằm trong khoảng từ một năm trước đến 18 tháng sau ngày này; ngân sách MDF cho năm của ngày này và năm trước đó.</translation>
    </message>
    <message>
        <source>--mdf-requests must be 0 to 100000000, --claims-per-request a number from 0 to 20.</source>
        <translation>--mdf-requests phải từ 0 đến 100000000, --claims-per-request phải là số từ 0 đến 20.</translation>
    </message>
    <message>
        <source>The database has no partners to allocate funds to. Generate some in the same command, e.g. --partners 5000 --mdf-requests %1.</source>
        <translation>Cơ sở dữ liệu không có đối tác nào để phân bổ quỹ. Hãy tạo đối tác ngay trong cùng lệnh, ví dụ --partners 5000 --mdf-requests %1.</translation>
    </message>
    <message>
        <source>Fund requests so far: %L1…</source>
        <translation>Số đề nghị cấp quỹ đã tạo: %L1…</translation>
    </message>
    <message>
        <source>MDF added: %L1 budgets, %L2 allocations, %L3 fund requests, %L4 claims, %L5 payments. History events: %L6. Time: %L7 ms.</source>
        <translation>Đã thêm MDF: %L1 ngân sách, %L2 khoản phân bổ, %L3 đề nghị cấp quỹ, %L4 yêu cầu thanh toán, %L5 khoản thanh toán. Sự kiện lịch sử: %L6. Thời gian: %L7 ms.</translation>
    </message>
    <message>
        <source>MDF audit: every total matches its rows and MDF-01, 02, 09 and 11 hold.</source>
        <translation>Kiểm tra MDF: mọi tổng số đều khớp với các dòng dữ liệu và các quy tắc MDF-01, 02, 09 và 11 đều được tuân thủ.</translation>
    </message>
    <message numerus="yes">
        <source>MDF audit: %n problem(s) found.</source>
        <translation>
            <numerusform>Kiểm tra MDF: phát hiện %n vấn đề.</numerusform>
        </translation>
    </message>
    <message>
        <source>ChannelDesk command-line tool.

Commands:
  generate   add generated partners, contacts, deals and MDF data (generate --help for options)
  info       show what the database holds
  sync       sign in and sync once with the server (sync --help for options)
  import     import partners from a CSV file (import --help for options)
  export     export partners to a CSV file (export --help for options)
  mdf-audit  check that MDF balances match their rows and the MDF money rules hold
  tiers-recompute        recompute every partner&apos;s tier standing (tiers-recompute --help)
  import-certifications  import people&apos;s certifications from a CSV file (--help for options)
  export-certifications  export people&apos;s certifications to a CSV file (--help for options)

Global options such as --database come before the command: channeldesk-cli --database P import FILE.

Exit codes: 0 success, 1 failure (message on stderr), 2 wrong usage, 3 cancelled, 4 sign-in refused (wrong user name or password), 5 the server needs a newer ChannelDesk, 6 import finished but some rows were rejected.</source>
        <translation>Công cụ dòng lệnh của ChannelDesk.

Lệnh:
  generate   thêm đối tác, người liên hệ, thương vụ và dữ liệu MDF được tạo tự động (xem các tùy chọn bằng generate --help)
  info       hiển thị nội dung trong cơ sở dữ liệu
  sync       đăng nhập và đồng bộ một lần với máy chủ (xem các tùy chọn bằng sync --help)
  import     nhập đối tác từ tệp CSV (xem các tùy chọn bằng import --help)
  export     xuất đối tác ra tệp CSV (xem các tùy chọn bằng export --help)
  mdf-audit  kiểm tra số dư MDF có khớp với các dòng dữ liệu hay không và các quy tắc tiền của MDF có được tuân thủ hay không
  tiers-recompute        tính lại tình trạng hạng của mọi đối tác (tiers-recompute --help)
  import-certifications  nhập chứng chỉ của nhân sự từ tệp CSV (xem các tùy chọn bằng --help)
  export-certifications  xuất chứng chỉ của nhân sự ra tệp CSV (xem các tùy chọn bằng --help)

Các tùy chọn chung như --database phải đặt trước lệnh: channeldesk-cli --database P import TỆP.

Mã thoát: 0 thành công, 1 thất bại (thông báo được ghi ra stderr), 2 dùng sai cú pháp, 3 đã hủy, 4 đăng nhập bị từ chối (sai tên người dùng hoặc mật khẩu), 5 máy chủ yêu cầu phiên bản ChannelDesk mới hơn, 6 đã nhập xong nhưng có dòng bị từ chối.</translation>
    </message>
    <message>
        <source>generate, info, sync, import, export, mdf-audit, tiers-recompute, import-certifications or export-certifications</source>
        <translation>generate, info, sync, import, export, mdf-audit, tiers-recompute, import-certifications hoặc export-certifications</translation>
    </message>
    <message>
        <source>Adds deterministic, realistic partners and contacts (Vietnamese, English, German, French), deal registrations and opportunities with line items, market development funds (budgets, allocations, fund requests, claims and payments), and training data (courses, certification definitions, a partner program with four levels, memberships, people&apos;s certifications, course completions and points) for the partners in the database.</source>
        <translation>Thêm đối tác và người liên hệ giống thực tế, được tạo theo cách tất định (tiếng Việt, tiếng Anh, tiếng Đức, tiếng Pháp), các đăng ký thương vụ và cơ hội bán hàng kèm dòng sản phẩm, quỹ phát triển thị trường (ngân sách, khoản phân bổ, đề nghị cấp quỹ, yêu cầu thanh toán và khoản thanh toán), cùng dữ liệu đào tạo (khóa học, định nghĩa chứng chỉ, một chương trình đối tác với bốn cấp, tư cách thành viên, chứng chỉ của nhân sự, lượt hoàn thành khóa học và điểm) cho các đối tác trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Number of partners (default 1000; 0 when --deals, --mdf-requests or --certifications is given, which then use the partners already in the database).</source>
        <translation>Số lượng đối tác (mặc định 1000; là 0 khi có --deals, --mdf-requests hoặc --certifications, khi đó lệnh dùng các đối tác đã có trong cơ sở dữ liệu).</translation>
    </message>
    <message>
        <source>Number of people&apos;s certification records to add (default 0), spread over the contacts of all partners (more for higher tiers), with the course and certification catalogue, the partner program and its four levels, a membership for every partner, course completions and points. When the database has no deals and --deals is not given, three deals per partner are added too, so revenue criteria have something to measure.</source>
        <translation>Số bản ghi chứng chỉ của nhân sự cần thêm (mặc định 0), phân bổ cho người liên hệ của mọi đối tác (nhiều hơn ở các hạng cao hơn), kèm danh mục khóa học và chứng chỉ, chương trình đối tác với bốn cấp, tư cách thành viên cho mọi đối tác, lượt hoàn thành khóa học và điểm. Khi cơ sở dữ liệu chưa có thương vụ nào và không có --deals, lệnh cũng thêm ba thương vụ cho mỗi đối tác để tiêu chí doanh thu có dữ liệu để đo.</translation>
    </message>
    <message>
        <source>Also write each new member&apos;s &apos;joined&apos; tier history event.</source>
        <translation>Ghi thêm sự kiện lịch sử hạng &apos;joined&apos; (tham gia) cho mỗi thành viên mới.</translation>
    </message>
    <message>
        <source>--certifications must be 0 to 100000000.</source>
        <translation>--certifications phải từ 0 đến 100000000.</translation>
    </message>
    <message>
        <source>Nothing to generate: give --partners, --deals, --mdf-requests or --certifications.</source>
        <translation>Không có gì để tạo: hãy chỉ định --partners, --deals, --mdf-requests hoặc --certifications.</translation>
    </message>
    <message>
        <source>The database has no partners to certify. Generate some in the same command, e.g. --partners 1000 --certifications %1.</source>
        <translation>Cơ sở dữ liệu không có đối tác nào để cấp chứng chỉ. Hãy tạo đối tác trong cùng lệnh, ví dụ --partners 1000 --certifications %1.</translation>
    </message>
    <message>
        <source>Certifications so far: %L1…</source>
        <translation>Số chứng chỉ đã tạo: %L1…</translation>
    </message>
    <message>
        <source>Deals added for the tier criteria: %L1 (%L2 ms).</source>
        <translation>Số thương vụ đã thêm cho tiêu chí xếp hạng: %L1 (%L2 ms).</translation>
    </message>
    <message>
        <source>Training added: %L1 courses, %L2 certification definitions, %L3 program levels, %L4 program members, %L5 certifications (%L6 archived as renewed, %L7 in progress, %L8 revoked), %L9 course completions, %L10 points entries; %L11 partners&apos; tiers set to the level their data qualifies for. Time: %L12 ms.</source>
        <translation>Đã thêm dữ liệu đào tạo: %L1 khóa học, %L2 định nghĩa chứng chỉ, %L3 cấp chương trình, %L4 thành viên chương trình, %L5 chứng chỉ (%L6 được lưu trữ ở trạng thái đã gia hạn, %L7 đang thực hiện, %L8 đã thu hồi), %L9 lượt hoàn thành khóa học, %L10 mục điểm; hạng của %L11 đối tác được đặt theo cấp mà dữ liệu của họ đủ điều kiện. Thời gian: %L12 ms.</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD.</source>
        <translation>--%1 phải là ngày theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Records: %L1. New: %L2 (renewals: %L3). Unchanged: %L4. Rejected: %L5. Warnings: %L6.</source>
        <translation>Bản ghi: %L1. Mới: %L2 (gia hạn: %L3). Không đổi: %L4. Bị từ chối: %L5. Cảnh báo: %L6.</translation>
    </message>
    <message>
        <source>Recomputes the tier standing of every member of every active partner program (TIER-02/03), as the app does at start and hourly: upgrades are proposed (or applied when the program says so), demotions open a review, never silently. Ctrl+C stops between members; what was decided stays.</source>
        <translation>Tính lại tình trạng hạng của mọi thành viên trong mọi chương trình đối tác đang hoạt động (TIER-02/03), giống như ứng dụng thực hiện khi khởi động và hằng giờ: việc nâng hạng được đề xuất (hoặc được áp dụng nếu chương trình cho phép), việc hạ hạng mở một yêu cầu xét duyệt, không bao giờ diễn ra âm thầm. Ctrl+C dừng giữa các thành viên; những gì đã quyết định được giữ nguyên.</translation>
    </message>
    <message>
        <source>The day evaluated, YYYY-MM-DD (default today).</source>
        <translation>Ngày đánh giá, theo dạng YYYY-MM-DD (mặc định là hôm nay).</translation>
    </message>
    <message>
        <source>tiers-recompute takes no file. Run channeldesk-cli tiers-recompute --help.</source>
        <translation>tiers-recompute không nhận tệp. Hãy chạy channeldesk-cli tiers-recompute --help.</translation>
    </message>
    <message>
        <source>Recomputing tiers…</source>
        <translation>Đang tính lại hạng…</translation>
    </message>
    <message>
        <source>Members: %L1. Unchanged: %L2. Upgrades proposed: %L3. Upgrades applied: %L4. Demotion reviews opened: %L5. Pending changes withdrawn: %L6. At risk: %L7. Time: %L8 ms.</source>
        <translation>Thành viên: %L1. Không đổi: %L2. Nâng hạng được đề xuất: %L3. Nâng hạng được áp dụng: %L4. Yêu cầu xét hạ hạng được mở: %L5. Thay đổi đang chờ được rút lại: %L6. Có nguy cơ: %L7. Thời gian: %L8 ms.</translation>
    </message>
    <message>
        <source>Imports people&apos;s certification records from a CSV file: one row per certificate with the person&apos;s email, the certification (code or name), and its state and dates. The encoding, delimiter and columns are detected (English, Vietnamese, German and French headers). People are matched by email; rows already stored (same person, certification and acquisition day) are left unchanged; a later certificate renews the current one. Every rejected line is reported with its number and reason. The import is one transaction.

Exit codes: 0 no row rejected, 1 failure, 2 wrong usage, 3 cancelled, 6 finished but some rows were rejected (a dry run returns the same codes).</source>
        <translation>Nhập bản ghi chứng chỉ của nhân sự từ tệp CSV: mỗi dòng một chứng chỉ, gồm email của người đó, chứng chỉ (mã hoặc tên), trạng thái và các ngày của chứng chỉ. Bảng mã, dấu phân cách và các cột được tự động nhận diện (tiêu đề bằng tiếng Anh, tiếng Việt, tiếng Đức và tiếng Pháp). Người được đối chiếu theo email; các dòng đã được lưu (cùng người, cùng chứng chỉ và cùng ngày đạt được) được giữ nguyên; chứng chỉ mới hơn sẽ gia hạn chứng chỉ hiện tại. Mỗi dòng bị từ chối được báo cáo kèm số dòng và lý do. Việc nhập được thực hiện trong một giao dịch.

Mã thoát: 0 không có dòng nào bị từ chối, 1 thất bại, 2 dùng sai cú pháp, 3 đã hủy, 6 đã nhập xong nhưng có dòng bị từ chối (chạy thử trả về cùng các mã này).</translation>
    </message>
    <message>
        <source>Who imports (recorded with the records; default “import”).</source>
        <translation>Người thực hiện việc nhập (được ghi cùng các bản ghi; mặc định “import”).</translation>
    </message>
    <message>
        <source>The database has an older format; run the import without --dry-run, or open it with ChannelDesk once, to update it.</source>
        <translation>Cơ sở dữ liệu có định dạng cũ hơn; hãy chạy lệnh nhập không có --dry-run, hoặc mở cơ sở dữ liệu bằng ChannelDesk một lần, để cập nhật.</translation>
    </message>
    <message>
        <source>Columns not imported (no matching field): %1</source>
        <translation>Các cột không được nhập (không có trường phù hợp): %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Đang đọc…</translation>
    </message>
    <message>
        <source>Exports people&apos;s certification records as CSV: partner, person, email, certification code and name, track, state on the day (in_progress, active, expiring, expired, renewed, revoked), started, acquired and expiry days, certificate id and notes. Headers are in English, so import-certifications (in any language) maps them back. Cells a spreadsheet would run as a formula get a leading apostrophe. The file is written whole or not at all.</source>
        <translation>Xuất bản ghi chứng chỉ của nhân sự ra tệp CSV: đối tác, người, email, mã và tên chứng chỉ, lộ trình, trạng thái vào ngày được chọn (in_progress, active, expiring, expired, renewed, revoked), ngày bắt đầu, ngày đạt được và ngày hết hạn, mã số chứng chỉ và ghi chú. Tiêu đề cột bằng tiếng Anh, nên import-certifications (ở mọi ngôn ngữ) đều ánh xạ lại được. Những ô mà bảng tính sẽ chạy như công thức được thêm dấu nháy đơn ở đầu. Tệp được ghi trọn vẹn hoặc không được ghi gì cả.</translation>
    </message>
    <message>
        <source>excel (UTF-8 with BOM, the locale&apos;s list separator; default), utf8 (no BOM, comma) or unicode-text (UTF-16LE, tab).</source>
        <translation>excel (UTF-8 có BOM, dấu phân cách danh sách theo thiết lập vùng; mặc định), utf8 (không có BOM, dấu phẩy) hoặc unicode-text (UTF-16LE, tab).</translation>
    </message>
    <message>
        <source>Only this partner&apos;s people (its ChannelDesk id).</source>
        <translation>Chỉ nhân sự của đối tác này (mã ChannelDesk của đối tác).</translation>
    </message>
    <message>
        <source>Leave out renewed and revoked records (the history).</source>
        <translation>Bỏ qua các bản ghi đã gia hạn và đã thu hồi (phần lịch sử).</translation>
    </message>
    <message>
        <source>The day the state is computed for, YYYY-MM-DD (default today).</source>
        <translation>Ngày dùng để tính trạng thái, theo dạng YYYY-MM-DD (mặc định là hôm nay).</translation>
    </message>
    <message>
        <source>--partner must be a ChannelDesk id (8-4-4-4-12 hexadecimal).</source>
        <translation>--partner phải là mã ChannelDesk (8-4-4-4-12 ký tự thập lục phân).</translation>
    </message>
    <message>
        <source>Certification records exported: %1 to %2 in %3 ms.</source>
        <translation>Đã xuất bản ghi chứng chỉ: %1 vào %2 trong %3 ms.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ChannelDesk: partner relationship management for channel account managers.</source>
        <translation>ChannelDesk: quản lý quan hệ đối tác dành cho người quản lý tài khoản kênh.</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt; instead of the default one.</source>
        <translation>Mở cơ sở dữ liệu tại &lt;đường dẫn&gt; thay cho cơ sở dữ liệu mặc định.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>đường dẫn</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (en, vi) instead of the system&apos;s.</source>
        <translation>Dùng &lt;ngôn ngữ&gt; (en, vi) thay cho ngôn ngữ của hệ thống.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>ngôn ngữ</translation>
    </message>
    <message>
        <source>Quit as soon as the partner list has painted (for start-up benchmarks).</source>
        <translation>Thoát ngay khi danh sách đối tác đã hiển thị xong (để đo hiệu năng khởi động).</translation>
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation>ChannelDesk</translation>
    </message>
</context>
</TS>
