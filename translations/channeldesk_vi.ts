<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
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
        <source>No partners yet. Use File → New Partner (%1) to add one.</source>
        <translation>Chưa có đối tác nào. Hãy dùng Tệp → Đối tác mới (%1) để thêm.</translation>
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
</context>
<context>
    <name>ChannelDesk::SampleData</name>
    <message>
        <source>Loading sample data was cancelled.</source>
        <translation>Đã hủy việc tải dữ liệu mẫu.</translation>
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
        <source>Adds deterministic, realistic partners and contacts (Vietnamese, English, German, French).</source>
        <translation>Thêm đối tác và người liên hệ giống thực tế, được tạo theo cách tất định (tiếng Việt, tiếng Anh, tiếng Đức, tiếng Pháp).</translation>
    </message>
    <message>
        <source>Number of partners (default 1000).</source>
        <translation>Số lượng đối tác (mặc định 1000).</translation>
    </message>
    <message>
        <source>Contacts for each partner (default 2).</source>
        <translation>Số người liên hệ của mỗi đối tác (mặc định 2).</translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same data.</source>
        <translation>Giá trị khởi tạo (seed); cùng một giá trị khởi tạo sẽ cho ra cùng một bộ dữ liệu.</translation>
    </message>
    <message>
        <source>Record every generated row as a local change to sync (off by default: generated data is for demos and benchmarks).</source>
        <translation>Ghi mỗi dòng được tạo thành một thay đổi cục bộ chờ đồng bộ (mặc định tắt: dữ liệu được tạo chỉ dùng để trình diễn và đo hiệu năng).</translation>
    </message>
    <message>
        <source>--partners must be 1 to 100000000, --contacts-per-partner 0 to 50, --seed a non-negative number.</source>
        <translation>--partners phải từ 1 đến 100000000, --contacts-per-partner từ 0 đến 50, --seed phải là số không âm.</translation>
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
        <source>ChannelDesk command-line tool.

Commands:
  generate   add generated partners and contacts (generate --help for options)
  info       show what the database holds
  sync       sign in and sync once with the server (sync --help for options)

Exit codes: 0 success, 1 failure (message on stderr), 2 wrong usage, 3 cancelled, 4 sign-in refused (wrong user name or password), 5 the server needs a newer ChannelDesk.</source>
        <translation>Công cụ dòng lệnh của ChannelDesk.

Lệnh:
  generate   thêm đối tác và người liên hệ được tạo tự động (xem các tùy chọn bằng generate --help)
  info       hiển thị nội dung trong cơ sở dữ liệu
  sync       đăng nhập và đồng bộ một lần với máy chủ (xem các tùy chọn bằng sync --help)

Mã thoát: 0 thành công, 1 thất bại (thông báo được ghi ra stderr), 2 dùng sai cú pháp, 3 đã hủy, 4 đăng nhập bị từ chối (sai tên người dùng hoặc mật khẩu), 5 máy chủ yêu cầu phiên bản ChannelDesk mới hơn.</translation>
    </message>
    <message>
        <source>generate, info or sync</source>
        <translation>generate, info hoặc sync</translation>
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
