<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChannelDesk::AllocationDialog</name>
    <message>
        <source>Authorised: requests may draw on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1 (%2 – %3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the partner&apos;s name, then pick it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner this money is set aside for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDF-03: one allocation per partner and period, so only periods this partner has no allocation for in this budget are offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every allocation is in its budget&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget&apos;s allocations could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An allocation stays with its partner; create another one for a different partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the partner first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 – %3</source>
        <extracomment>Allocation period in the picker: label · first day – last day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 lies wholly within the budget&apos;s dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partner has every %1 of the budget already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to allocate: %1 of %2 · this is %3 more than the budget has left (MDF-01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to allocate: %1 of %2 · after this allocation: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to allocate: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the partner this money is for: type part of the name, then choose it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no period left to allocate for this partner; pick another granularity or partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::AttachmentList</name>
    <message>
        <source>&amp;Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the files you attach next are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the claim first, then attach its receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop receipts, photos or PDFs here, or use Attach files (up to 25 MiB each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments can be added or removed while the claim is a draft or returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>%n file attached.</numerusform>
            <numerusform>%n files attached.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts and proof (*.pdf *.png *.jpg *.jpeg *.heic *.tif *.tiff *.txt *.csv *.xlsx *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder to open “%1” from: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written to open it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application could open “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment removed; Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::BudgetDialog</name>
    <message>
        <source>Approvals may overdraw an allocation (negative balance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New MDF Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. FY27 EMEA co-marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Partner Marketing FY27</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 code. Every allocation, request, claim and payment of the budget is in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CAM who owns the budget and decides its requests and claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDF-02: approvals may then exceed an allocation. The allocations together can still never exceed the budget (MDF-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDF-07: the share of an approved activity&apos;s cost the vendor reimburses, the default for new requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDF-10: claims are due this many days after an activity ends (set at approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vendor share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;laim within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit MDF Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every allocation of this budget is in %1, so its currency cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s) hold %1: the amount cannot be less (MDF-01).</source>
        <translation>
            <numerusform>%n allocation holds %1: the amount cannot be less (MDF-01).</numerusform>
            <numerusform>%n allocations hold %1: the amount cannot be less (MDF-01).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a currency code. Enter a three-letter ISO 4217 code such as USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the budget&apos;s amount in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::BudgetTreeModel</name>
    <message>
        <source>Budget / Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget&apos;s amount, or what the allocation sets aside for the partner and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of the budget&apos;s allocations (MDF-01: never more than the budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the budget can still allocate to partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of submitted requests that are not refused or canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What approved requests hold (committed, MDF-02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of claims submitted against approved requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of payments made on approved claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount minus approved: what requests can still be approved against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved as a share of the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>Budget period: first day – last day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Vendor share %1 by default; claims due %n day(s) after an activity ends</source>
        <translation>
            <numerusform>Vendor share %1 by default; claims due %n day after an activity ends</numerusform>
            <numerusform>Vendor share %1 by default; claims due %n days after an activity ends</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals may overdraw an allocation (negative balance allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 allocated; %3 can still be allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not yet approved for anything: %2 unallocated and %3 allocated but not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1 of %2 (%3); paid %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not authorised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: not authorised, so requests cannot draw on it yet (MDF-03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdrawn by %1: approvals exceed the allocation, which the budget allows (MDF-02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 can still be approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed %1, of which %2 approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::BulkLoader</name>
    <message>
        <source>The database is busy in another window or program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record could not be added because it conflicts with the stored data; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not complete the operation; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bulk load is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bulk load is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s local columns changed during the load.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationDialog</name>
    <message>
        <source>New certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a certification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>certification (track)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acquired on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when the certification is passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certification to see its expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n month(s) after acquisition)</source>
        <translation>
            <numerusform>%1 (%n month after acquisition)</numerusform>
            <numerusform>%1 (%n months after acquisition)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the acquisition day to see the expiry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationExportDialog</name>
    <message>
        <source>&amp;Protect against formulas (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;renewed and revoked records (full history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (UTF-8 with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 without BOM (Google Sheets, other tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode Text (UTF-16, tab-separated; older Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells starting with = + - @ get a leading apostrophe so spreadsheets never run them as formulas. ChannelDesk removes it again when you import the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed certificates are the earlier records a renewal archived (CERT-02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The State column (Active, Expiring, Expired…) is computed for this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;States as of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the people of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: enter a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n certification record(s) to %1.</source>
        <translation>
            <numerusform>Exported %n certification record to %1.</numerusform>
            <numerusform>Exported %n certification records to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are longer than Excel&apos;s %1 characters per cell and will be cut off there.</source>
        <translation>
            <numerusform>%n value is longer than Excel&apos;s %1 characters per cell and will be cut off there.</numerusform>
            <numerusform>%n values are longer than Excel&apos;s %1 characters per cell and will be cut off there.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed; no file was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationExporter</name>
    <message>
        <source>The delimiter must be a comma, a semicolon, a tab or a vertical bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationFieldDelegate</name>
    <message>
        <source>Don&apos;t import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationFilterBar</name>
    <message>
        <source>Expiring within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and expired in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners whose people&apos;s certificates expire soon, with the reminder state of each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates past their expiry day that were not renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired within the last days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, e-mail or certificate ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every partner, person, certification and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view shows one status; use All certifications to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationImportDialog</name>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows (CR LF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix (LF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classic Mac (CR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (one line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the whole file and show what the import will do, without writing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the new certification records (every row the check accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with one certification per row: email, certification, dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected from the file; choose another if names look garbled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected from the file; choose another if everything is in one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt; — what each column of the file is imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The header is on line %1: %n column(s).</source>
        <translation>
            <numerusform>The header is on line %1: %n column.</numerusform>
            <numerusform>The header is on line %1: %n columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line endings: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts with a byte-order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its first line (sep=) sets the delimiter and is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person&apos;s email and the certification (its code or its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certification (its code or its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column holding %1: people are matched by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) will be imported. Check File shows what the import will do before anything is written.</source>
        <translation>
            <numerusform>%n column will be imported. Check File shows what the import will do before anything is written.</numerusform>
            <numerusform>%n columns will be imported. Check File shows what the import will do before anything is written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row… nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which %1 renew an earlier certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet: Import writes the new records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows are not imported. Fix them in the file and import it again; rows already imported then show as unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certification records written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationImporter</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no email column. Map a column to “Email”: people are matched by their email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no certification column. Map a column to “Certification code” or “Certification”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates in “%1” could be day/month or month/day; they were read as %2, the order of your language settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 already has %2’s “%3” acquired on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 already has %2 in progress for “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact has the email address “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contacts have the email address “%1”; give each person their own address.</source>
        <translation>
            <numerusform>%n contact has the email address “%1”; give each person their own address.</numerusform>
            <numerusform>%n contacts have the email address “%1”; give each person their own address.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certification is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no certification “%1” in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” names %n certifications; use the certification code.</source>
        <translation>
            <numerusform>“%1” names %n certification; use the certification code.</numerusform>
            <numerusform>“%1” names %n certifications; use the certification code.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” in “%2” is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a certification state (In progress, Active, Expiring, Expired, Renewed or Revoked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is in progress, so its acquisition day was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certification in progress needs the day it was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was started on %1, after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the certificate was acquired is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was acquired on %1, after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person already holds a later “%1” (acquired %2); only a later certificate can be added, and it renews the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked according to the imported file “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says this certificate was renewed, but it has no later one for this person; it was imported as held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says “%1”, but by its dates the certificate is “%2” today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationListModel</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1: expiring from the recertification window before the expiry day, expired the day after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Valid through %1; recertification opens %n day(s) before</source>
        <translation>
            <numerusform>Valid through %1; recertification opens %n day before</numerusform>
            <numerusform>Valid through %1; recertification opens %n days before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationMappingModel</name>
    <message>
        <source>(no header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another column has the same header; this one is not imported unless you map it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column is imported as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationOutcomeModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationPersonPanel</name>
    <message>
        <source>Select a certification to see the person&apos;s training record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications and their renewal history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown certification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>partner · e-mail</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown course)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationQuery</name>
    <message>
        <source>Reminder due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminded on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown certification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationRepository</name>
    <message>
        <source>Choose the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted; restore the contact first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner of %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted; restore the partner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works for another partner; choose one of this partner&apos;s people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certification no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The certificate number is limited to %n character(s).</source>
        <translation>
            <numerusform>The certificate number is limited to %n character.</numerusform>
            <numerusform>The certificate number is limited to %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes are limited to %n character(s).</source>
        <translation>
            <numerusform>Notes are limited to %n character.</numerusform>
            <numerusform>Notes are limited to %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file name is limited to %n character(s).</source>
        <translation>
            <numerusform>The file name is limited to %n character.</numerusform>
            <numerusform>The file name is limited to %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>This certification was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certification was renewed; it is kept as history and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certification was revoked; it is kept as history and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the person started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certification in progress has no acquisition or expiry date yet; mark it as passed instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new certification is either in progress or active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the certification was acquired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acquisition day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start day (%1) is after the acquisition day (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry day (%1) is before the acquisition day (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already working towards %2; mark that certification as passed instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds %2; renew that certification instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had not completed the prerequisite course(s) of %2 by %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the course was completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completion day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score is a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course completion no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the evidence file instead of naming its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certification has already been passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an acquired certification can be renewed; mark this one as passed instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not expire, so it needs no renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recertification opens on %1, %n day(s) before the certificate expires.</source>
        <translation>
            <numerusform>Recertification opens on %1, %n day before the certificate expires.</numerusform>
            <numerusform>Recertification opens on %1, %n days before the certificate expires.</numerusform>
        </translation>
    </message>
    <message>
        <source>The renewal must be acquired after the current certificate (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for revoking the certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked on %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renewed certification is part of the person&apos;s history; remove its renewal instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the reminder was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; attach a smaller file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence is attached to this certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of %1 has not been downloaded to this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its content does not match its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationStepDialog</name>
    <message>
        <source>Pass certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed %2. The certificate counts from the day acquired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 renews %2. A new certificate is issued; the current one is kept in the history as renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acquired on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the acquisition day to see the expiry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CertificationsScreen</name>
    <message>
        <source>New Certification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a person&apos;s certification (in progress or passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Course Completion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that a person finished a course (prerequisites of certifications)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the dates, certificate ID or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person passed: in progress → active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the new certificate (open during the recertification window and once expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the certificate, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a record made by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the certificate document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the attached certificate document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record today&apos;s expiry reminder for the selected people (CERT-01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No certificates expire within %n day(s) for this selection.</source>
        <translation>
            <numerusform>No certificates expire within %n day for this selection.</numerusform>
            <numerusform>No certificates expire within %n days for this selection.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) with expiring certifications</source>
        <translation>
            <numerusform>%n partner with expiring certifications</numerusform>
            <numerusform>%n partners with expiring certifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s)</source>
        <translation>
            <numerusform>%n certification</numerusform>
            <numerusform>%n certifications</numerusform>
        </translation>
    </message>
    <message>
        <source>No certifications match this view and these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certifications yet. Record one with New Certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course completion recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification renewed; the previous certificate is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s certificate stops counting at once (tier criteria included). The reason is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this certification of %1? Use Revoke for a certificate that was withdrawn; Delete is for records made by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB: attach a smaller copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence “%1” attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder to open “%1” from: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written to open it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application could open “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the people to mark as reminded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) recorded for today.</source>
        <translation>
            <numerusform>%n reminder recorded for today.</numerusform>
            <numerusform>%n reminders recorded for today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChartExport</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG writer could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF writer could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ClaimEditor</name>
    <message>
        <source>Required; unique among claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This claim is read-only while it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund request of this claim is not on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 “%2”: the vendor reimburses up to %3; other claims hold %4, so this claim can be up to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims are due by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice, supplier, what was bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n receipt</numerusform>
            <numerusform>%n receipts</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachment not on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the claim, then attach receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files below first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total claimed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total claimed: — (a line&apos;s amount is not a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CompletionDialog</name>
    <message>
        <source>Record course completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>course code · name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConflictListModel</name>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited here, deleted on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted here, edited on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConflictsScreen</name>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine for &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Server&apos;s for A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before your edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this device&apos;s values again, replacing the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the server&apos;s values on this device; your edit is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts. Everything you changed reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be applied as they were. Nothing has been lost: choose which values to keep.</source>
        <translation>
            <numerusform>%n change could not be applied as it was. Nothing has been lost: choose which values to keep.</numerusform>
            <numerusform>%n changes could not be applied as they were. Nothing has been lost: choose which values to keep.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discard My Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve All Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send this device&apos;s values for all %n conflict(s), replacing the server&apos;s?</source>
        <translation>
            <numerusform>Send this device&apos;s values for %n conflict, replacing the server&apos;s?</numerusform>
            <numerusform>Send this device&apos;s values for all %n conflicts, replacing the server&apos;s?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take the server&apos;s values for all %n conflict(s)? Your conflicting edits will be dropped.</source>
        <translation>
            <numerusform>Take the server&apos;s values for %n conflict? Your conflicting edit will be dropped.</numerusform>
            <numerusform>Take the server&apos;s values for all %n conflicts? Your conflicting edits will be dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Contact</name>
    <message>
        <source>%1 %2</source>
        <extracomment>How a contact&apos;s full name is shown: %1 first name, %2 last name. Vietnamese puts the family name first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ContactRepository</name>
    <message>
        <source>The contact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner of this contact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CourseDialog</name>
    <message>
        <source>&amp;Offered to partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. NET-101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short code, unique among courses; certification imports match courses by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Networking Fundamentals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses and certifications of one track are counted together by tier criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inactive course stays in people&apos;s history and in existing prerequisites, but is no longer offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prerequisites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Course %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CourseTableModel</name>
    <message>
        <source>(removed course)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prerequisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be completed before this course: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course or certification requires this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered to partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for history; no longer offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many courses and certification definitions list this course as a prerequisite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Csv::CsvReader</name>
    <message>
        <source>This is an Excel workbook (.xlsx) or ZIP archive renamed to .csv; save it as CSV UTF-8 from Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a legacy Excel workbook (.xls) renamed to .csv; save it as CSV UTF-8 from Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a PDF document, not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file looks like UTF-16 text without a byte-order mark; choose UTF-16LE or UTF-16BE as the encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a binary file, not CSV text (it contains NUL bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read any further: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 contains bytes that are not valid %2 text; the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has text after a closing quote; it was kept as part of the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote opened on line %1 is never closed; that line was not imported and reading continued on the next line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 looks like a report footer (&quot;%2&quot;) and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 repeats the header row (files joined together?) and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header row: every line is blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 looks like UTF-8 text that was converted twice (for example “Ã©” instead of “é”); check the values or the file&apos;s encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has a value of %2 characters; Excel cannot hold more than %3 in a cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has fewer fields than the header (%2 of %3); the missing ones were left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has more fields than the header (%2 instead of %3), probably because of an unquoted delimiter inside a value; the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has empty fields after the last column (%2); they were ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter must be a comma, a semicolon, a tab or a vertical bar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Csv::Dialect</name>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1258 (Vietnamese)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Csv::ImportField</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChannelDesk ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Csv::ImportHistory</name>
    <message>
        <source>This import is not in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import has not been reverted, so there is nothing to re-apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import has been reverted already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Csv::ImportMapping</name>
    <message>
        <source>There is no mapping template named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping template “%1” is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the mapping template a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Csv::MatchIndex</name>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partners could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Csv::PartnerExporter</name>
    <message>
        <source>The partners could not be read from the database; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a column ChannelDesk can export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact columns can only be exported with one row per contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter must be a comma, a semicolon, a tab or a vertical bar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Csv::PartnerImporter</name>
    <message>
        <source>ChannelDesk ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name and country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the partner&apos;s name: new partners need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the chosen match keys has a column in this file, so no row could update a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date in column “%1” shows whether the day or the month comes first; they were read as day/month/year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date in column “%1” shows whether the day or the month comes first; they were read as month/day/year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value in column “%1” starts with “%2”, so a spreadsheet would run it as a formula; it was stored as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not one of the choices: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a country. Use an ISO code such as VN or DE, or the country&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a ChannelDesk ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a date; the field was left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not an ISO 4217 currency code such as EUR or VND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not an amount; the field was left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount “%1” in column “%2” is in %3, but the row&apos;s currency is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in column “%2” has more digits or decimal places than %3 amounts can have; the field was left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has the same %1 as line %2; only the first of them is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This row matches %n partners by %1; it was not imported, since guessing could change the wrong one. Make the %1 unique or match by another key.</source>
        <translation>
            <numerusform>This row matches %n partner by %1; it was not imported, since guessing could change the wrong one. Make the %1 unique or match by another key.</numerusform>
            <numerusform>This row matches %n partners by %1; it was not imported, since guessing could change the wrong one. Make the %1 unique or match by another key.</numerusform>
        </translation>
    </message>
    <message>
        <source>A partner with the same %1 exists already, and this import only creates new partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 already updates the same partner; only the first of them is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner matches this row, and this import only updates existing partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row adds a contact to the partner on line %1, which was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows cannot be written in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CsvPreviewModel</name>
    <message>
        <source>Line %1 will not be imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the database could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a ChannelDesk database, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not one of ChannelDesk&apos;s. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of ChannelDesk (data format %2; this version reads up to %3). Update ChannelDesk to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be upgraded to data format %1; it was left as it was. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer version of ChannelDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DatabaseUpgradeDialog</name>
    <message>
        <source>ChannelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating your data for this version of ChannelDesk…
Step %1 of %2. This can take a few minutes with a large database; each step is saved whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Deal</name>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed for inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealActionDialog</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealActions</name>
    <message>
        <source>create deal %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit deal %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete deal %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealEditor</name>
    <message>
        <source>Select a deal to see and edit it, or create a registration with File → New Registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a partner name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel account manager; the partner&apos;s owner unless you choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;AM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website or domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amo&amp;unt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the protection period (set at approval; editable while approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected unti&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use stage default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;bability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set for this deal (stage default %1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;petitor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration is pending approval and read-only: approve or reject it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration is closed (%1) and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration was canceled and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This opportunity is marked %1 and read-only; reopen it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deal is read-only in its current status (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner of a submitted deal cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list price is in %1; enter the price in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum of the line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stage&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the partner registering this deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner is called “%1”: pick one from the suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealFilterBar</name>
    <message>
        <source>Search number, customer or partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expiring in ≤ %n day(s)</source>
        <translation>
            <numerusform>Expiring in ≤ %n day</numerusform>
            <numerusform>Expiring in ≤ %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Past close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (opportunity)</source>
        <extracomment>A status of opportunities in the status filter, e.g. &quot;Open (opportunity)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All CAMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search, the view and all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the dashboard filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered by: %1</source>
        <extracomment>The dashboard filter the deals list shows, e.g. &quot;Filtered by: Proposal, 2026-Q4&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <extracomment>Saved view: deals an administrator archived, and deleted drafts (DR-12)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealGenerator</name>
    <message>
        <source>The database is busy in another window or program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not complete the operation; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no partners to register deals for. Add or generate partners first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product catalogue is empty; deals need products for their line items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same customer and products as an earlier registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity from the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal line items could not be written in the stored format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealHistoryPanel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to a higher approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed for inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted to an opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChannelDesk (scheduled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>Status change in the deal history, e.g. &quot;Draft → Submitted&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved one stage of the approval chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmitted as a new draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealPageLoader</name>
    <message>
        <source>The deals list could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealRepository</name>
    <message>
        <source>The kind of deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closure code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link between registration and opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the registration is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which registration this one duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the registration is canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the registration is closed for inactivity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the opportunity was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the opportunity is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free deal number could be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted; restore the partner to register deals for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approved registration needs an expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be edited: it changes only through the deal&apos;s actions (submit, approve, extend…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner can be changed only while the registration is a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for the same customer and products is approved and protected until %2; this registration cannot be approved before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for the same customer and products is approved; this registration cannot be approved while it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for the same customer and products was submitted earlier (%2) and is still undecided; the first submitted registration is decided first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration is waiting for %1&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 to %2 exchange rate for %3, so the approval limit cannot be checked; add the rate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount (%1) is above %2&apos;s approval limit of %3, and no one to escalate to is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date (%1) cannot be before the approval date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration is protected until %1 and cannot expire before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the close date before marking the opportunity as won.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved registration can be extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This registration has been extended %n time(s), the most the program allows.</source>
        <translation>
            <numerusform>This registration has been extended %n time, the most the program allows.</numerusform>
            <numerusform>This registration has been extended %n times, the most the program allows.</numerusform>
        </translation>
    </message>
    <message>
        <source>An extension to %1 is already waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new expiry must be after the current one (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the registration needs more time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no extension request to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the registration is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was recalled %n time(s), as often as the program allows (DR-02); withdraw it or let it be decided.</source>
        <translation>
            <numerusform>%1 was recalled %n time, as often as the program allows (DR-02); withdraw it or let it be decided.</numerusform>
            <numerusform>%1 was recalled %n times, as often as the program allows (DR-02); withdraw it or let it be decided.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an administrator can archive a deal (DR-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why %1 is archived: the reason is kept in its history and shown to its CAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can restore an archived deal (DR-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration is waiting for the decisions of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a registration can be resubmitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A withdrawn registration cannot be resubmitted (DR-02).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved or a rejected registration is resubmitted (DR-02); %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This registration was resubmitted %n time(s), as often as the program allows (DR-02).</source>
        <translation>
            <numerusform>This registration was resubmitted %n time, as often as the program allows (DR-02).</numerusform>
            <numerusform>This registration was resubmitted %n times, as often as the program allows (DR-02).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealSettings</name>
    <message>
        <source>Enter the product code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the product name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protection period must be at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of extensions cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension must be at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision time must be at least one hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of days must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the approver of every limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit of %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has two approval limits; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escalation from %1 comes back to %1; end the chain with someone who has no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the %1 rate is valid from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 rate must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quarter (for example 2026-Q4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target for %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core platform licence, per user / year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core platform server licence, perpetual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics add-on, per user / year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security suite, per device / year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard support, per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium support 24/7, per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance S (1U, 8 cores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance L (2U, 32 cores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage shelf 20 TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation package (10 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator training, per seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data migration, per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of recalls cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder interval cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no approver; every rule needs at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names an approver twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum amount of %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not an ISO 3166-1 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of resubmissions cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealSettingsDialog</name>
    <message>
        <source>Deal Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approver may approve deals up to their limit (in the base currency); a larger deal goes to the person named under “Escalate to”. Approvers without a row have no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval &amp;Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much one unit of a currency is worth in the base currency, from a date on. Reports convert each deal with the rate valid on its expected close date; deals before a currency&apos;s first rate are left out of the figures, never added unconverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency &amp;Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline target of each quarter (for example 2026-Q4), in the base currency. Coverage on the dashboard is open pipeline divided by the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products deals pick their line items from. Deals keep the code of a product, so a saved product cannot be renamed to another code or removed: clear “Active” to stop offering it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ducts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approved registration is protected for this long (DR-06)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times the protection of one registration may be extended (DR-09)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions waiting longer than this for a decision are flagged (DR-13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open deal nobody has changed for this long counts as stalled (PIPE-03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 code of the currency reports, limits and targets are in (USD, EUR, VND…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user name as CAM and approver, for “Waiting for me”; empty: your computer user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection peri&amp;od:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extensions allowed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default e&amp;xtension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision wit&amp;hin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled a&amp;fter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Me (user name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals refer to a product by its code, so it cannot change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>%1 = row number in a settings table, %2 = what is wrong there</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a currency code. Enter the three-letter ISO 4217 code of the base currency, for example USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the approver&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a limit; keep one row per approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the limit in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit of %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot escalate to themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a currency code. Enter a three-letter ISO 4217 code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the base currency; it needs no rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the rate is valid from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a %1 rate from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the rate as a number above zero: how many %1 one %2 is worth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a quarter; write it like 2026-Q4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice; keep one target per quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the target in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target for %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the product code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is used twice; product codes must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the product name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a currency code. Enter a three-letter ISO 4217 code such as USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times one registration may be recalled to draft and submitted again (DR-02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalls per re&amp;gistration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a registration is sent for approval, every rule whose conditions it meets (amount in the base currency at least, customer country, a product; empty = any) adds its approvers to the chain, in this order: one after another, or all at once when ticked. Everyone must approve; one rejection ends it. Without a matching rule the CAM approves (DR-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval Ro&amp;uting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often ChannelDesk reminds you of registrations waiting for your approval (DR-03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind approvers e&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: the approvers decide at the same time and all must approve; otherwise one after another, in the listed order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the approvers of this rule (user names, separated by commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country code; use ISO 3166-1 codes such as VN or DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times an approved or rejected registration may be resubmitted as a new draft (DR-02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubm&amp;issions per registration:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealTableModel</name>
    <message>
        <source>When the registration was submitted; for one pending approval, how long it has been waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Deal status with its closure code, e.g. &quot;Closed (Converted)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>waiting %Ln hour(s)</source>
        <translation>
            <numerusform>waiting %Ln hour</numerusform>
            <numerusform>waiting %Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %Ln day(s)</source>
        <translation>
            <numerusform>waiting %Ln day</numerusform>
            <numerusform>waiting %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submitted %1, waiting for %2: past the %n-hour decision target</source>
        <translation>
            <numerusform>Submitted %1, waiting for %2: past the %n-hour decision target</numerusform>
            <numerusform>Submitted %1, waiting for %2: past the %n-hour decision target</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted %1, waiting for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set for this deal (the stage default is %1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage&apos;s default probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension to %1 requested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealTask</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <extracomment>A task canceled because its registration left the active states (DR-11)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealTaskDialog</name>
    <message>
        <source>New Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, e.g. &quot;Call the customer&apos;s buyer&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealTaskRepository</name>
    <message>
        <source>The task no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the task a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A task title is at most %n character(s).</source>
        <translation>
            <numerusform>A task title is at most %n character.</numerusform>
            <numerusform>A task title is at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The task was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A canceled task cannot be done or reopened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealTasksPanel</name>
    <message>
        <source>&amp;Add Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks yet. Tasks are internal: partners never see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a task when it is done. Tasks are internal: partners never see them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealValidator</name>
    <message numerus="yes">
        <source>%1 is too long: at most %n characters.</source>
        <translation>
            <numerusform>%1 is too long: at most %n character.</numerusform>
            <numerusform>%1 is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer contact&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer contact&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer contact&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the end customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a website or domain (for example acme.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: choose a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2): the quantity must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2): the unit price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the deal&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount (%1) must equal the sum of the line items (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status of a deal registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status of an opportunity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed registration needs a closure code (converted, rejected, duplicate, expired or inactive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a closure code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a closed registration has a closure code; this deal is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sales stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probability must be between 0 and 100 %; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of extensions cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the partner who registers the deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registration cannot become an opportunity by editing, nor the reverse; convert an approved registration instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 identifies the deal and cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one product line before submitting the registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the expected close date before submitting the registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registration needs an amount above zero to be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealWorkflow</name>
    <message>
        <source>%1 (%2)</source>
        <comment>status (closure code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registration in Pending approval is read-only: approve or reject it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration is closed (%1) and read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration is closed and read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration was canceled and is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A won opportunity is read-only: reopen it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lost opportunity is read-only: reopen it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejected registration cannot be submitted again; create a new registration instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be submitted; this registration is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submitted registration can be taken for review; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a registration under review can be sent for approval; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registration rejected once cannot be approved (DR-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a registration pending approval can be approved; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a registration under review or pending approval can be rejected; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a registration under review can be marked as a duplicate; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submitted, under review or approved registration can be canceled; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved registration can be closed for inactivity; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved registration can expire; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved registration can be converted to an opportunity; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open opportunity can be marked as won; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open opportunity can be marked as lost; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a won or lost opportunity can be reopened; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close for inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is unknown to this version of ChannelDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; applies to deal registrations, and this is an opportunity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; applies to opportunities, and this is a registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal in status %1 cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deal is already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opportunity cannot be deleted; mark it as lost instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft registration can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A withdrawn registration cannot be submitted again (DR-02); create a new registration instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submission not yet decided (submitted, under review or pending approval) can be recalled; this registration is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approved registration cannot be withdrawn (DR-02); cancel it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submission not yet decided (submitted, under review or pending approval) can be withdrawn; this registration is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deal is archived (deleted); restore it from the Archived view first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks belong to deal registrations, not to opportunities (DR-11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks can be added once the registration is submitted (DR-11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration is closed or canceled: it takes no more tasks (DR-11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a registration pending approval can be returned for information; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DealsScreen</name>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Draft Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>Detail panel title: number, kind and status, e.g. &quot;DR-2611-7KQ3MZ · Registration · Pending approval&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant extension to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse extension…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request extension…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be deleted; Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or revert the changes first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve %1 for %2? The partner&apos;s registration is protected until the date below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — a similar registration is protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: say why. The reason is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted: opportunity %1 was created with the registration&apos;s line items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 converted to opportunity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is above your approval limit: the registration now waits for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved; protected until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a longer protection period for %1 (DR-09). An approver decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension to %1 requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the extension of %1: say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension granted: protected until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft registration can be deleted; cancel or close this one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 deleted. Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) expired: the protection period ended.</source>
        <translation>
            <numerusform>%n registration expired: the protection period ended.</numerusform>
            <numerusform>%n registrations expired: the protection period ended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved registration(s) expire within %1 days. &lt;a href=&quot;#expiring&quot;&gt;Show them&lt;/a&gt;</source>
        <translation>
            <numerusform>%n approved registration expires within %1 days. &lt;a href=&quot;#expiring&quot;&gt;Show it&lt;/a&gt;</numerusform>
            <numerusform>%n approved registrations expire within %1 days. &lt;a href=&quot;#expiring&quot;&gt;Show them&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No deal matches the search, view and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deals yet. Use File → New Registration (%1) to register one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading deals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) match</source>
        <translation>
            <numerusform>%Ln deal matches</numerusform>
            <numerusform>%Ln deals match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, archived</source>
        <extracomment>Detail panel title of an archived deal&apos;s status (DR-12), e.g. &quot;Approved, archived&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings the deal back to the lists and reports, in the status it had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the deal out of every list and report, with a reason, and tells its CAM. Nothing is deleted: the Archived view keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1? It leaves every list, view and report, and %2 is told. Nothing is deleted: the Archived view keeps it with its history, and it can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its CAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 archived. The Archived view keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An administrator archived %n of your deals. &lt;a href=&quot;#archived&quot;&gt;Show the archive&lt;/a&gt;</source>
        <translation>
            <numerusform>An administrator archived %n of your deals. &lt;a href=&quot;#archived&quot;&gt;Show the archive&lt;/a&gt;</numerusform>
            <numerusform>An administrator archived %n of your deals. &lt;a href=&quot;#archived&quot;&gt;Show the archive&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tasks (%1)</source>
        <extracomment>The Tasks tab with the number of open tasks (DR-11), e.g. &quot;Tasks (2)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your approval is recorded; the registration now waits for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval chain cannot be worked out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (all)</source>
        <extracomment>Approvers of a parallel stage: all of them approve, in any order (DR-03)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CAM (no routing rule applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval chain if sent now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval chain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) wait for your approval, the oldest for %1. &lt;a href=&quot;#waiting&quot;&gt;Show them&lt;/a&gt;</source>
        <translation>
            <numerusform>%n registration waits for your approval, for %1 now. &lt;a href=&quot;#waiting&quot;&gt;Show it&lt;/a&gt;</numerusform>
            <numerusform>%n registrations wait for your approval, the oldest for %1. &lt;a href=&quot;#waiting&quot;&gt;Show them&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the decision of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Resubmit as New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new draft with this registration&apos;s customer and products, to correct and submit; this one keeps its decision (DR-02).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 was created from %2: correct it and submit it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DefinitionDialog</name>
    <message>
        <source>&amp;Offered to partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short code, unique among certifications; certification imports match it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Certified Network Associate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier criteria can require a number of people certified in a track (TIER-02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CERT-01: a certificate is valid this many months from the day it is acquired (0 = it never expires)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CERT-01: when the holder and the CAM are reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CERT-02: recertification opens, and the certificate shows as Expiring, this many days before it expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inactive certification keeps its existing certificates but is no longer offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recertification &amp;opens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prerequisites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Certification %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates of this kind never expire: no reminder, no recertification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate acquired today is valid through %1. The reminder is due on %2; it shows as Expiring from %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DefinitionTableModel</name>
    <message>
        <source>Never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>(removed course)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A certificate is valid for %n month(s) from the day it is acquired</source>
        <translation>
            <numerusform>A certificate is valid for %n month from the day it is acquired</numerusform>
            <numerusform>A certificate is valid for %n months from the day it is acquired</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates of this kind never expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The holder is reminded %n day(s) before the certificate expires (CERT-01)</source>
        <translation>
            <numerusform>The holder is reminded %n day before the certificate expires (CERT-01)</numerusform>
            <numerusform>The holder is reminded %n days before the certificate expires (CERT-01)</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminder: it never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recertification opens, and the certificate shows as Expiring, %n day(s) before it expires (CERT-02)</source>
        <translation>
            <numerusform>Recertification opens, and the certificate shows as Expiring, %n day before it expires (CERT-02)</numerusform>
            <numerusform>Recertification opens, and the certificate shows as Expiring, %n days before it expires (CERT-02)</numerusform>
        </translation>
    </message>
    <message>
        <source>No recertification window: it never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prerequisite courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses to complete before certification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered to partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for existing certificates; not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recertification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the holder is reminded before expiry (CERT-01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long before expiry recertification opens (CERT-02)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ExpiringTreeModel</name>
    <message>
        <source>Partner / person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s)</source>
        <translation>
            <numerusform>%n certification</numerusform>
            <numerusform>%n certifications</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n expired</numerusform>
            <numerusform>%n expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n reminder due</numerusform>
            <numerusform>%n reminders due</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder is due on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ExpiryTimelineChart</name>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n others</numerusform>
        </translation>
    </message>
    <message>
        <source>Certification expiry timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the bars by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications expiring per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificates expire in these months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already expired · %2 expiring this month and in the next 11 months · click a bar to list them</source>
        <extracomment>%1: certificates already expired; %2: expiring from this month on (both already formatted numbers)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expire(s) this month</source>
        <translation>
            <numerusform>%n certificate expires this month</numerusform>
            <numerusform>%n certificates expire this month</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ExportDialog</name>
    <message>
        <source>&amp;All partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per &amp;contact (partner columns repeated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect against formulas (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners &amp;shown in the list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (UTF-8 with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 without BOM (Google Sheets, other tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode Text (UTF-16, tab-separated; older Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells starting with = + - @ get a leading apostrophe so spreadsheets never run them as formulas. ChannelDesk removes it again when you import the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed; no file was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are longer than Excel&apos;s %1 characters per cell and will be cut off there.</source>
        <translation>
            <numerusform>%n value is longer than Excel&apos;s %1 characters per cell and will be cut off there.</numerusform>
            <numerusform>%n values are longer than Excel&apos;s %1 characters per cell and will be cut off there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::FieldComboDelegate</name>
    <message>
        <source>Don&apos;t import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ImportFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner list saved as CSV or text from Excel, LibreOffice, Google Sheets, Salesforce, HubSpot or another tool. Nothing is changed until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to a .csv or .txt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ImportFormatPage</name>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows (CR LF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix (LF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classic Mac (CR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (one line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChannelDesk detected the encoding and the delimiter. If names look garbled or everything is in one column, choose another one; the preview updates at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line endings: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts with a byte-order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its first line (sep=) sets the delimiter and is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The header is on line %1: %n column(s).</source>
        <translation>
            <numerusform>The header is on line %1: %n column.</numerusform>
            <numerusform>The header is on line %1: %n columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the first rows shown cannot be imported as read (greyed; hover for the reason).</source>
        <translation>
            <numerusform>%n of the first rows shown cannot be imported as read (greyed; hover for the reason).</numerusform>
            <numerusform>%n of the first rows shown cannot be imported as read (greyed; hover for the reason).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ImportHistoryDialog</name>
    <message>
        <source>&amp;Revert Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the import of “%1” again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) edited since the import were left as they are.</source>
        <translation>
            <numerusform>%n field edited since the import was left as it is.</numerusform>
            <numerusform>%n fields edited since the import were left as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert the import of “%1”? Partners it created (%2) are deleted, and the fields it changed on other partners (%3) are put back unless they were edited since.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ImportMappingModel</name>
    <message>
        <source>(no header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another column has the same header; this one is not imported unless you map it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When checked, an empty cell in this column clears the value stored in ChannelDesk. Otherwise empty cells never overwrite anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty cells clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ImportMappingPage</name>
    <message>
        <source>Save as &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns to partner fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns were matched by their headers. Click “Import into” to change one; columns set to “Don&apos;t import” are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mapping template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the template (for example “HubSpot companies”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the mapping template “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is the partner name: only updates of existing partners are possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns to import: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ImportOptionsPage</name>
    <message>
        <source>ChannelDesk ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID (ignoring case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create new partners and &amp;update existing ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create new partners only (rows that match one are reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update &amp;existing partners only (rows that match none are reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the import does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row updates the partner it matches. Rules are tried in order; a row matching two partners is reported, never guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find existing partners by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — skipped: no such column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partners need a name, and no column is mapped to the partner name. Map one, or choose “Update existing partners only”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating needs at least one checked rule whose column is in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule can be applied: every row will be a new partner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ImportOutcomeModel</name>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ImportReviewPage</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what the import will do. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing columns… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching and checking rows… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Go back and forward again to check the file once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The file cannot be imported:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 new&lt;/b&gt;, &lt;b&gt;%2 updated&lt;/b&gt;, %3 unchanged, &lt;b&gt;%4 rejected&lt;/b&gt; of %n row(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1 new&lt;/b&gt;, &lt;b&gt;%2 updated&lt;/b&gt;, %3 unchanged, &lt;b&gt;%4 rejected&lt;/b&gt; of %n row.</numerusform>
            <numerusform>&lt;b&gt;%1 new&lt;/b&gt;, &lt;b&gt;%2 updated&lt;/b&gt;, %3 unchanged, &lt;b&gt;%4 rejected&lt;/b&gt; of %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts: %1 new, %2 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): the rows are imported; see “With warnings”.</source>
        <translation>
            <numerusform>%n warning: the row is imported; see “With warnings”.</numerusform>
            <numerusform>%n warnings: the rows are imported; see “With warnings”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank row(s) skipped.</source>
        <translation>
            <numerusform>%n blank row skipped.</numerusform>
            <numerusform>%n blank rows skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing would change.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stored partner(s)</source>
        <translation>
            <numerusform>%n stored partner</numerusform>
            <numerusform>%n stored partners</numerusform>
        </translation>
    </message>
    <message>
        <source>Same partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible (accents differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates found (never merged automatically):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ImportRunPage</name>
    <message>
        <source>Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partners are written in one step: until it is done, nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you cancel, nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partners are in ChannelDesk and will be sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not imported. Save them as a CSV with the reason for each, fix them and import that file.</source>
        <translation>
            <numerusform>%n row was not imported. Save it as a CSV with the reason, fix it and import that file.</numerusform>
            <numerusform>%n rows were not imported. Save them as a CSV with the reason for each, fix them and import that file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit → Undo reverts this import; File → Import History… can revert it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Import cancelled.&lt;/b&gt; Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The import failed and nothing was changed:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt; Partners created: %1. Updated: %2. Unchanged: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ImportWizard</name>
    <message>
        <source>Import Partners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::KpiTile</name>
    <message>
        <source>%1, %2</source>
        <comment>tile value, detail</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::LevelDialog</name>
    <message>
        <source>Closed-won &amp;revenue in the last 12 months of at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certified people (holding a valid certification), at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved deal re&amp;gistrations in the last 12 months, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed-&amp;won deals in the last 12 months, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpired &amp;points, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Level of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 = the entry level. Partners climb one level at a time and never skip one (TIER-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner tier members at this level get (shown on the partner and used for lead routing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIER-06: the share of leads routed to partners at this level (0 = none); copied to the partner when it reaches the level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 35 % partner discount, MDF eligibility, named partner manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities won in the trailing 12 months, converted into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People of the partner with at least one Active or Expiring certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIER-04: points that have not expired on the day of the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many certified people each track needs (TIER-02, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &amp;tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Benefits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Criteria&lt;/b&gt; — a partner qualifies for this level only when it meets every criterion that is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Level %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion is checked: every member qualifies for this level (usual for the entry level).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A partner qualifies when it meets all %n criteria.</source>
        <translation>
            <numerusform>A partner qualifies when it meets the %n criterion.</numerusform>
            <numerusform>A partner qualifies when it meets all %n criteria.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the minimum revenue in %1, or uncheck this criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 names no track: choose one or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifie&amp;d people per track:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::LevelTableModel</name>
    <message>
        <source>%1 ≥ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed-won revenue of the trailing 12 months, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People holding at least one valid certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified people needed per track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal registrations approved in the trailing 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities won in the trailing 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpired program points (TIER-04)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of leads routed to members at this level (TIER-06)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed-won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 = lowest; partners climb one level at a time (TIER-03)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::LineDecisionDialog</name>
    <message>
        <source>Approve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide each cost line of “%1”: accept it as is, accept it with a smaller amount, or deny it. The partner may claim up to the vendor share of what you approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept with changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; the partner sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation has %1 left of %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (its budget allows a negative balance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; kept in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a changed line needs an amount above zero; deny it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a changed amount must be less than the %2 requested; accept it as is otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: %1 of %2 requested; the partner may claim up to %3 (vendor share).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line is denied: reject or decline the request instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving %1 overdraws the allocation by %2; its budget allows a negative balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving %1 would exceed what the allocation has left (%2) by %3: the approval will be refused (MDF-02). Approve less or change lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MainWindow</name>
    <message>
        <source>ChannelDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners and their contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Sample Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ChannelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ChannelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ChannelDesk %1&lt;/h3&gt;&lt;p&gt;Partner relationship management for channel account managers: partners, contacts and more, kept on this computer and usable offline.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Data format %3, Qt %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to ChannelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your partner list is empty. Load %n sample partner(s) with their contacts to explore ChannelDesk? You can delete them later.</source>
        <translation>
            <numerusform>Your partner list is empty. Load %n sample partner with their contacts to explore ChannelDesk? You can delete them later.</numerusform>
            <numerusform>Your partner list is empty. Load %n sample partners with their contacts to explore ChannelDesk? You can delete them later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading sample data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes that could not be synced as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Partners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Partners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>import “%1”</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal registrations and opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirect pipeline dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal &amp;Program Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDF Budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market development funds: budgets, allocations and balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDF fund requests and their approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDF claims, proofs of performance and payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New MDF &amp;Budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MDF Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s certifications, what expires soon and reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier changes waiting for a decision and partners at risk of losing their tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses and certification definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner programs, their tiers and the criteria for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier recompute failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Certifications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Certi&amp;fications…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Mdf</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need more information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content and collateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemarketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted with changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt or invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of performance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfActions</name>
    <message>
        <source>create budget %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit budget %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete budget %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create allocation %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit allocation %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete allocation %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create fund request %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit fund request %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete fund request %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create claim %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit claim %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete claim %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB and cannot be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach %1</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove attachment</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfBalances</name>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfBudgetRepository</name>
    <message>
        <source>The partner no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted; restore the partner to allocate funds to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period; write 2027, 2027-H1, 2027-Q1 or 2027-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period %1 is outside the budget&apos;s dates (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partner already has an allocation of this budget for %1 (MDF-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partner already has an allocation of this budget for %1, which overlaps %2 (MDF-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This budget was deleted; restore it before editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency cannot change: the budget has allocations in %1 (MDF-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget has an allocation for %1, which would be outside its new dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This budget has %n allocation(s); delete them first.</source>
        <translation>
            <numerusform>This budget has %n allocation; delete it first.</numerusform>
            <numerusform>This budget has %n allocations; delete them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The allocation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget %1 was deleted; restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This allocation was deleted; restore it before editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An allocation stays with its budget; create a new allocation instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An allocation stays with its partner; create a new allocation instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fund request(s) draw on this allocation, so it cannot be deleted.</source>
        <translation>
            <numerusform>%n fund request draws on this allocation, so it cannot be deleted.</numerusform>
            <numerusform>%n fund requests draw on this allocation, so it cannot be deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfBudgetsScreen</name>
    <message>
        <source>Search budgets, programs and partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets of every CAM, or only those you own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every budget, or only those whose dates include today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the allocations of one partner (type part of its name, then pick it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an MDF budget for a program and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Allocation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside money of the selected budget for a partner and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected budget or allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected budget or allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the fund requests made against the selected allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Re&amp;quest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a fund request against the selected allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDF &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval limits, claim deadline warning and base currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the budgets and balances again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading MDF budgets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MDF budgets could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is saved but does not match the search and filters, so the tree does not show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Allocation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This allocation is not authorised, so no request can draw on it yet (MDF-03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A budget with allocations cannot be deleted; delete its allocations first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected budget (Edit → Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected allocation; only one without requests can be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MDF budgets yet. Use New Budget to create one, then allocate it to partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Status bar of the MDF budgets screen: &quot;3 budgets · 12 allocations&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s)</source>
        <translation>
            <numerusform>%n budget</numerusform>
            <numerusform>%n budgets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s)</source>
        <translation>
            <numerusform>%n allocation</numerusform>
            <numerusform>%n allocations</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget %1 created with %2. Allocate it to partners with New Allocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the budget to allocate from first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated %1 of %2 to %3 for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted while it has allocations (%n allocation(s)). Delete or move its allocations first.</source>
        <translation>
            <numerusform>%1 cannot be deleted while it has allocations (%n allocation). Delete or move its allocations first.</numerusform>
            <numerusform>%1 cannot be deleted while it has allocations (%n allocations). Delete or move its allocations first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget %1 deleted. Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation of %1 for %2 deleted. Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDF settings saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfClaimPackage</name>
    <message>
        <source>Choose a comma, semicolon, bar or tab as separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the claims to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a file; choose a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” is not empty; choose a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim to export no longer exists (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” of claim %2 was not exported: its content is not on this computer yet (sync to download it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” of claim %2 was not exported: the stored file is damaged (its checksum does not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not be moved to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfClaimPanel</name>
    <message>
        <source>Select a claim to see it. Claims are made against an approved fund request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;laim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wrong payment is voided with a reason, never edited; the history keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft claim saved: attach its receipts, then submit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: claims are made only against an approved request (MDF-08).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <extracomment>Claim panel title: number — title · status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be deleted; Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the claim, its lines, payments, history and attachments to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing approved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid: %1 of %2 approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the form first: the changes could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: say why. The reason is kept in the history and the partner sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 can reimburse up to %2 (vendor share of %3 approved); other claims hold %4, so at most %5 can be approved here (MDF-09).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve claim %1 “%2” for %3 claimed. Approve less if not every expense is eligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved &amp;amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1 of %2 claimed; record payments on the Payments tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of %1 recorded; the claim is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the payment of %1 on %2? It stays in the history with your reason; the claim&apos;s outstanding amount grows back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment voided; the claim is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted; Edit → Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export claim %1 into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %1: %2 of %n attachment(s)…</source>
        <translation>
            <numerusform>Exporting %1: %2 of %n attachment…</numerusform>
            <numerusform>Exporting %1: %2 of %n attachments…</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was canceled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Claim %1 exported to %2 with %n attachment(s).</source>
        <translation>
            <numerusform>Claim %1 exported to %2 with %n attachment.</numerusform>
            <numerusform>Claim %1 exported to %2 with %n attachments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim %1 exported to %2, but without these attachments:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfClaimRepository</name>
    <message>
        <source>The number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the claim is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the partner must correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the claim is canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund request was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims can be made only against an approved request; %1 is %2 (MDF-08).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim deadline of %1 was %2; claims are no longer accepted (MDF-10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 already has the title &quot;%2&quot;; claim titles are unique (MDF-09).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free claim number could be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be edited: it changes only through the claim&apos;s actions (submit, approve…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This claim is waiting for %1&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved amount must be more than zero; reject the claim instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved amount (%1) cannot be more than the claimed amount (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 is already paid in full (MDF-11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved claim can be paid; %1 is %2 (MDF-11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment is in its claim&apos;s currency (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the payment is voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; attach a smaller file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of %1 has not been downloaded to this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its content does not match its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfClaimsScreen</name>
    <message>
        <source>New claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a draft claim against the request shown by the filter, or the selected claim&apos;s request (MDF-08: it must be approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an approved fund request (or one of its claims) to claim against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) waiting for your decision</source>
        <translation>
            <numerusform>%Ln claim waiting for your decision</numerusform>
            <numerusform>%Ln claims waiting for your decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) match</source>
        <translation>
            <numerusform>%Ln claim matches</numerusform>
            <numerusform>%Ln claims match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message>
        <source>No claim is waiting for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every approved claim is paid in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim matches the search, view and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims yet. Claims are made against approved fund requests: open one and use “New claim”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1 · %2</source>
        <extracomment>The filter chip of the claims list: number and title of one fund request</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfExportDialog</name>
    <message>
        <source>&amp;Protect against formulas (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Fund Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Requests &amp;shown in the list (%Ln)</source>
        <translation>
            <numerusform>Requests &amp;shown in the list (%Ln)</numerusform>
            <numerusform>Requests &amp;shown in the list (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Claims &amp;shown in the list (%Ln)</source>
        <translation>
            <numerusform>Claims &amp;shown in the list (%Ln)</numerusform>
            <numerusform>Claims &amp;shown in the list (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All fund requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (UTF-8 with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 without BOM (Google Sheets, finance tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode Text (UTF-16, tab-separated; older Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells starting with = + - @ get a leading apostrophe so spreadsheets never run them as formulas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fund-requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts are plain numbers with a Currency column; dates are ISO 8601 (YYYY-MM-DD), times UTC; statuses and activity types are their codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n value(s) are longer than Excel&apos;s %2 characters per cell and will be cut off there.</source>
        <translation>
            <numerusform>%1 %n value is longer than Excel&apos;s %2 characters per cell and will be cut off there.</numerusform>
            <numerusform>%1 %n values are longer than Excel&apos;s %2 characters per cell and will be cut off there.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed; no file was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfExporter</name>
    <message>
        <source>The records could not be read from the database; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter must be a comma, a semicolon, a tab or a vertical bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfFilterBar</name>
    <message>
        <source>Search number, title, partner or campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, title, partner or request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted and waiting for your decision, oldest first; those past the decision target are flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deadline in ≤ %n day(s)</source>
        <translation>
            <numerusform>Deadline in ≤ %n day</numerusform>
            <numerusform>Deadline in ≤ %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities running on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities running on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search, the view and all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfForm</name>
    <message>
        <source>The database could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfGenerator</name>
    <message>
        <source>The database is busy in another window or program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not complete the operation; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no partners to allocate funds to. Add or generate partners first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfHistoryPanel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More information requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to a higher approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChannelDesk (scheduled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>Status change in the MDF history, e.g. &quot;Submitted → Partially approved&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfLedger</name>
    <message>
        <source>The budget no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocations would exceed the budget: %1 allocated of %2 (MDF-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget cannot be less than what is allocated from it: %1 allocated, %2 budgeted (MDF-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation cannot be less than what approved requests hold: %1 committed, %2 allocated (MDF-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved requests would exceed the allocation: %1 committed of %2 (MDF-02).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund request no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims would exceed what the request can reimburse: %1 claimed of %2 (%3 % of %4 approved) (MDF-09).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments would exceed the approved claim: %1 paid of %2 approved (MDF-11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2 but what it belongs to is in %3 (MDF-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is %3 but its rows add up to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 paid of %3 approved (MDF-11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 but %3 of %4 is paid (MDF-11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 but has payments of %3 (MDF-11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 claimed of %3 (%4 % of %5 approved) (MDF-09).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2 but its budget %3 is in %4 (MDF-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a negative amount (%2) (MDF-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 committed of %3 (MDF-02).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1: %2 allocated of %3 (MDF-01).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfListLoader</name>
    <message>
        <source>The list could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfListModel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>waiting %Ln hour(s)</source>
        <translation>
            <numerusform>waiting %Ln hour</numerusform>
            <numerusform>waiting %Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %Ln day(s)</source>
        <translation>
            <numerusform>waiting %Ln day</numerusform>
            <numerusform>waiting %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submitted %1, waiting for %2: past the %n-hour decision target</source>
        <translation>
            <numerusform>Submitted %1, waiting for %2: past the %n-hour decision target</numerusform>
            <numerusform>Submitted %1, waiting for %2: past the %n-hour decision target</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted %1, waiting for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim deadline has passed: no more claims can be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Claims must be submitted by %1 (%n day(s) left)</source>
        <translation>
            <numerusform>Claims must be submitted by %1 (%n day left)</numerusform>
            <numerusform>Claims must be submitted by %1 (%n days left)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfListScreen</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows the list shows, in its order, as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform>
            <numerusform>Exported %Ln rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfListSpecs</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved amount (MDF-06: it may be less than requested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims must be submitted by this day (activity end + the budget&apos;s claim days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the request was submitted; while it waits for a decision, for how long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who decides: the approver it was escalated to, else the budget&apos;s owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved fund request the claim is made against (MDF-08)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments recorded so far (MDF-11: one or more per approved claim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the claim was submitted; while it waits for a decision, for how long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfReasonDialog</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is above that limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfRequestPanel</name>
    <message>
        <source>Select a fund request to see it, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor share cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to claim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved. Submit it when it is complete; Edit → Undo removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes are saved before a workflow step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New fund request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <extracomment>Request panel title: number — title · status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be deleted; Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%3 of the approved amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (approved claims %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — passed %n day(s) ago; no more claims can be submitted</source>
        <translation>
            <numerusform>%1 — passed %n day ago; no more claims can be submitted</numerusform>
            <numerusform>%1 — passed %n days ago; no more claims can be submitted</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — today is the last day to submit claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — in %n day(s)</source>
        <translation>
            <numerusform>%1 — in %n day</numerusform>
            <numerusform>%1 — in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims can be made once the request is approved (MDF-08).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message>
        <source>The request is closed: no more claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claims (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the form first: the changes could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1: no more claims can be made, and what is not claimed returns to the allocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: say why. The reason is kept in the history and the partner sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated: %1 is above your approval limit, so the request now waits for %2&apos;s decision. Nothing is approved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 approved; claims up to %4 are due by %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted; Edit → Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New claim for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfRequestRepository</name>
    <message>
        <source>The number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what information the request needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the request is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the request is declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the request is canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget of this allocation is not available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation for %1 is not authorised yet, so requests cannot draw on it (MDF-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund request no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no fund request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free request number could be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be edited: it changes only through the request&apos;s actions (submit, approve…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims were submitted against this request, so it cannot be canceled; close it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is waiting for %1&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has two decisions; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request has no line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2): a changed amount must be more than zero and less than the requested %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line is denied; reject or decline the request instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 to %2 exchange rate for %3, so the approval limit cannot be checked; add the rate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved amount (%1) is above %2&apos;s approval limit of %3, and no one to escalate to is set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfRequestsScreen</name>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a draft fund request</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) waiting for your decision</source>
        <translation>
            <numerusform>%Ln request waiting for your decision</numerusform>
            <numerusform>%Ln requests waiting for your decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fund request(s) match</source>
        <translation>
            <numerusform>%Ln fund request matches</numerusform>
            <numerusform>%Ln fund requests match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fund request(s)</source>
        <translation>
            <numerusform>%Ln fund request</numerusform>
            <numerusform>%Ln fund requests</numerusform>
        </translation>
    </message>
    <message>
        <source>No fund request is waiting for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No approved request has a claim deadline within %n day(s).</source>
        <translation>
            <numerusform>No approved request has a claim deadline within %n day.</numerusform>
            <numerusform>No approved request has a claim deadline within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fund request matches the search, view and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fund requests yet. Use “New request” to ask for funds from a partner&apos;s allocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation: %1 · %2 · %3</source>
        <extracomment>The filter chip of the requests list: partner, period and budget of one allocation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation: not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfSettings</name>
    <message numerus="yes">
        <source>The deadline warning must be between 0 and %n days.</source>
        <translation>
            <numerusform>The deadline warning must be between 0 and %n day.</numerusform>
            <numerusform>The deadline warning must be between 0 and %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The decision time must be at least one hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the approver of every limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit of %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has two approval limits; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escalation from %1 comes back to %1; end the chain with someone who has no limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfSettingsDialog</name>
    <message>
        <source>MDF Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDF-10: warn about an approved request whose claim deadline is this close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions waiting longer for a decision are flagged in the approvals queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 code of the currency approval limits are in; requests in other currencies are converted with the deal settings&apos; rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn about claim deadlines &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag undecided submissions &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval limits (MDF-05): an approver may approve requests up to their limit, in the base currency; a larger request goes to the person under “Escalate to”. Approvers without a row have no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MDF settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>%1 = row number in the approval limits table, %2 = what is wrong there</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a currency code. Enter the three-letter ISO 4217 code of the base currency, for example USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the approver&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a limit; keep one row per approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the limit of %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot escalate to themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfValidator</name>
    <message numerus="yes">
        <source>%1 is too long: at most %n characters.</source>
        <translation>
            <numerusform>%1 is too long: at most %n character.</numerusform>
            <numerusform>%1 is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor share must be between 0.01 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the budget&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first day of the budget&apos;s period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last day of the budget&apos;s period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget&apos;s period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget&apos;s amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The claim period must be between 0 and %n days after the activity.</source>
        <translation>
            <numerusform>The claim period must be between 0 and %n day after the activity.</numerusform>
            <numerusform>The claim period must be between 0 and %n days after the activity.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the period (for example 2027, 2027-H1, 2027-Q1 or 2027-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period; write 2027, 2027-H1, 2027-Q1 or 2027-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation&apos;s amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the activity&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the allocation to draw on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a type of activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the activity starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the activity ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one cost line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: describe the cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Line %1: the description is too long: at most %n characters.</source>
        <translation>
            <numerusform>Line %1: the description is too long: at most %n character.</numerusform>
            <numerusform>Line %1: the description is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 (%2): the amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has the same key as another line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2) is undecided but has an approved amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2) is accepted as is, so its approved amount must be the requested %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2) is accepted with changes, so its approved amount must be more than zero and less than the requested %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2) is denied, so its approved amount must be zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested amount (%1) is not the sum of the lines (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide every line, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has an approved amount but its lines are undecided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved amount (%1) is not the sum of the lines&apos; approved amounts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the claim&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the approved request this claim is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one expense line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: describe the expense.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claimed amount (%1) is not the sum of the lines (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved amount (%1) cannot be more than the claimed amount (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the claim this payment is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day of the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the claim was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payment method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the claim this file belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s checksum is not a SHA-256 in lower-case hexadecimal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file size cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of attachment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MdfWorkflow</name>
    <message>
        <source>A declined request cannot be submitted again; create a new request instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is closed: no further step is possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was canceled: no further step is possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft, a request waiting for information or a rejected request can be submitted; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More information can be asked only for a submitted request; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submitted request can be approved; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submitted request can be rejected; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submitted request can be declined; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved request can be closed; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is %1 and cannot be canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This claim was rejected: no further step is possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This claim was canceled: no further step is possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft or a returned claim can be submitted; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submitted claim can be approved; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submitted claim can be rejected; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submitted claim can be returned to the partner; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft or a returned claim can be canceled; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was deleted; restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is unknown to this version of ChannelDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims of %1 are still waiting for a decision; approve, reject or return them before closing the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims were submitted against this request, so it cannot be canceled; close it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This claim was deleted; restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was deleted; restore it before editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A submitted request is read-only while it waits for a decision; ask the approver to request more information if it needs changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request that is %1 is read-only (MDF-05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This claim was deleted; restore it before editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim that is %1 is read-only; only drafts and returned claims can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft request can be deleted; this one is %1, so cancel it instead and its history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This claim is already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft claim can be deleted; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MemberCountLoader</name>
    <message>
        <source>The program members could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Money</name>
    <message>
        <source>“%1” is not an ISO 4217 currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 amounts have %n decimal place(s) at most.</source>
        <translation>
            <numerusform>%1 amounts have %n decimal place at most.</numerusform>
            <numerusform>%1 amounts have %n decimal places at most.</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 amounts have no decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Partner</name>
    <message>
        <source>Reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value-added reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System integrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PartnerActions</name>
    <message>
        <source>create partner “%1”</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit partner “%1”</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete partner “%1”</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add contact “%1”</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit contact “%1”</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete contact “%1”</source>
        <extracomment>Undo step; shown after &quot;Undo&quot;/&quot;Redo&quot; in the Edit menu, so it starts in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PartnerEditor</name>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trading name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when suspended or terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email &amp;domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner (CAM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a partner to see and edit its details and contacts, or create one with File → New Partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next revie&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual reven&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PartnerFilterBar</name>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, legal name, city, email or external ID…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PartnerPageLoader</name>
    <message>
        <source>The partner list could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PartnerPicker</name>
    <message>
        <source>All partners (type to search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a partner&apos;s name, city or external ID, then pick it from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>city, country</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>partner name — place</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PartnerRepository</name>
    <message>
        <source>The partner no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partner was deleted; undo the deletion to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PartnerTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PartnerValidator</name>
    <message>
        <source>Enter the partner&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This field is limited to %n character(s).</source>
        <translation>
            <numerusform>This field is limited to %n character.</numerusform>
            <numerusform>This field is limited to %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a partner type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166-1 country code (two capital letters, such as VN or DE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address. Use a form such as example.com or https://example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a domain name such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partnership cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the currency of the annual revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual revenue cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact must belong to a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Names and titles are limited to %n character(s).</source>
        <translation>
            <numerusform>Names and titles are limited to %n character.</numerusform>
            <numerusform>Names and titles are limited to %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone number is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the contact&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner cannot go from “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the partner is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the partner is terminated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PartnersScreen</name>
    <message>
        <source>&amp;New Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Details Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading partners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s) match</source>
        <translation>
            <numerusform>%Ln partner matches</numerusform>
            <numerusform>%Ln partners match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message>
        <source>No partners yet. Use File → New Partner (%1) to add one, or File → Import Partners… (or drop a CSV file here) to bring in a list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PaymentDialog</name>
    <message>
        <source>Record payment for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim “%1”: %2 approved, %3 paid, %4 outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer or credit-note reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than the %1 outstanding: payments cannot exceed the approved claim (MDF-11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partial payment: %1 will remain outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays the claim in full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PersonPicker</name>
    <message>
        <source>All people (type to search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the start of a person&apos;s first name, last name or e-mail, then pick them from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <comment>person &lt;e-mail&gt;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>person — partner</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PipelineChart</name>
    <message>
        <source>Amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (billions of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (millions of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (thousands of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>duplicate category label, number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as an image or PDF, export its data, or print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PNG Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;SVG Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deals match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · largest %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier · share</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1&lt;br&gt;%n deal(s)</source>
        <comment>axis label (HTML): stage, then its deal count</comment>
        <translation>
            <numerusform>%1&lt;br&gt;%n deal</numerusform>
            <numerusform>%1&lt;br&gt;%n deals</numerusform>
        </translation>
    </message>
    <message>
        <source>Won deals · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>chart title · bucket</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message>
        <source>Won: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to see these deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PipelineFilterBar</name>
    <message>
        <source>Which expected close dates the dashboard covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close on or after this day (empty: no lower limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close on or before this day (empty: no upper limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All CAMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel account manager on the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this year for every partner, tier, region, country and CAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>country name (code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All expected close dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAM: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PipelineReport</name>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A calendar quarter on the pipeline chart: %1 = 1…4, %2 = year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the pipeline was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From deal registrations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PipelineScreen</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every deal again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program, approval limits, currency rates, targets and products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading deals… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration → opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average approval time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the open deals whose expected close date has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the open deals nobody has changed for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the opportunities converted from deal registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates Used…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every currency rate these figures were converted with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pipeline by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pipeline by partner tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won, weighted open and target by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top partners by open pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pipeline by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading deals for the pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the deals again was cancelled; the figures are from the previous reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the deals was cancelled, so there are no figures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show the open deals nobody has changed for %n day(s) or more</source>
        <translation>
            <numerusform>Show the open deals nobody has changed for %n day or more</numerusform>
            <numerusform>Show the open deals nobody has changed for %n days or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Amount × probability over %n open deal(s)</source>
        <translation>
            <numerusform>Amount × probability over %n open deal</numerusform>
            <numerusform>Amount × probability over %n open deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s)</source>
        <translation>
            <numerusform>%n won deal</numerusform>
            <numerusform>%n won deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost</source>
        <translation>
            <numerusform>%n lost</numerusform>
            <numerusform>%n lost</numerusform>
        </translation>
    </message>
    <message>
        <source>%1×</source>
        <comment>coverage ratio</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pipeline over a target of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage = open pipeline ÷ target. 3× or more is considered healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target for these dates (Deal Settings → Targets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open past the expected close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 unchanged for %n day(s) or more</source>
        <translation>
            <numerusform>%1 unchanged for %n day or more</numerusform>
            <numerusform>%1 unchanged for %n days or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n decided registration(s) converted</source>
        <translation>
            <numerusform>%1 of %n decided registration converted</numerusform>
            <numerusform>%1 of %n decided registrations converted</numerusform>
        </translation>
    </message>
    <message>
        <source>No registration decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours, decimal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>days, decimal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Submitted to approved, over %n registration(s)</source>
        <translation>
            <numerusform>Submitted to approved, over %n registration</numerusform>
            <numerusform>Submitted to approved, over %n registrations</numerusform>
        </translation>
    </message>
    <message>
        <source>No approved registration yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Amounts in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All amounts are in %1; none needed converting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Amounts in %1, converted at the rate valid on each deal&apos;s expected close date with %n rate(s): %2.</source>
        <translation>
            <numerusform>Amounts in %1, converted at the rate valid on each deal&apos;s expected close date with %n rate: %2.</numerusform>
            <numerusform>Amounts in %1, converted at the rate valid on each deal&apos;s expected close date with %n rates: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) left out of every figure.</source>
        <translation>
            <numerusform>%n deal left out of every figure.</numerusform>
            <numerusform>%n deals left out of every figure.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no rate from %1 to %2 at their date, and amounts in different currencies are never added unconverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the missing rates in Deal Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pipeline: %n open deal(s), weighted %1</source>
        <translation>
            <numerusform>Pipeline: %n open deal, weighted %1</numerusform>
            <numerusform>Pipeline: %n open deals, weighted %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency Rates Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each amount was converted to %1 with the rate valid on the deal&apos;s expected close date (today for deals without one).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PrerequisitePicker</name>
    <message>
        <source>Filter courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the courses a person must have completed first (Space toggles the current one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already requires this course (%2): choosing it would make a cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This course was deleted from the catalogue; uncheck it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already requires this course (%2), so it cannot also be one of its prerequisites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue has no other course yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prerequisites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prerequisite(s): %1</source>
        <translation>
            <numerusform>%n prerequisite: %1</numerusform>
            <numerusform>%n prerequisites: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ProgramDialog</name>
    <message>
        <source>Apply &amp;upgrades automatically when a partner qualifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active: partners are evaluated and enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Partner Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Partner Program 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 code. Partners&apos; revenue is converted into it before it is compared with the levels&apos; revenue criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: an upgrade is proposed and waits for a CAM&apos;s approval (TIER-02). Demotions always wait for a review, whatever this says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Partner Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) have a revenue criterion in %1. Changing the currency does not convert those amounts: check them afterwards.</source>
        <translation>
            <numerusform>%n level has a revenue criterion in %1. Changing the currency does not convert that amount: check it afterwards.</numerusform>
            <numerusform>%n levels have a revenue criterion in %1. Changing the currency does not convert those amounts: check them afterwards.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a currency code. Enter a three-letter ISO 4217 code such as USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ProgramTableModel</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAM approves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrades apply as soon as a partner qualifies; demotions always wait for a CAM&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrades are proposed and wait for a CAM&apos;s approval; demotions always wait for a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue criteria of this program&apos;s levels are in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners enrolled in the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the members…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::RatesUsedModel</name>
    <message numerus="yes">
        <source>1 %1 = %2 %3 from %4; used for %n deal(s)</source>
        <translation>
            <numerusform>1 %1 = %2 %3 from %4; used for %n deal</numerusform>
            <numerusform>1 %1 = %2 %3 from %4; used for %n deals</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::RecordWriter</name>
    <message>
        <source>The record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was deleted; restore it before editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::RequestEditor</name>
    <message>
        <source>Partner and allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a partner name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s live, authorised allocations and what each has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an activity type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims are due within the budget&apos;s claim days after this date (MDF-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads, pipeline, attendees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the approved amount the vendor reimburses at most (MDF-07)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vendor share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the partner&apos;s deals this activity sources, so their pipeline can be reported (MDF-12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is read-only while it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner of a saved request cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the partner first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an allocation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 — %3 left of %4</source>
        <extracomment>Allocation picker entry: budget name · period — remaining left of amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(budget not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not authorised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partner has no live, authorised allocation to request from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation %1; approved requests hold %2; %3 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <extracomment>Linked deal: number — customer (kind, status)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal not on this device (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the money is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total requested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total requested: — (a line&apos;s amount is not a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the partner asking for funds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner is called “%1”: pick one from the suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the allocation this request draws on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::SampleData</name>
    <message>
        <source>Loading sample data was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer chose a competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End customer already covered by a direct account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Marketing – Vietnam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Marketing – Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-op – Americas and Asia-Pacific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Marketing FY%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer roadshow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security webinar series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid search campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade show booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales training day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer appreciation evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-branded solution brochure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn lead generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemarketing sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud migration workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 demand generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample fund request</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n qualified leads</source>
        <translation>
            <numerusform>%n qualified lead</numerusform>
            <numerusform>%n qualified leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Please add the agenda and the expected attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity type not eligible for this programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs are above the programme&apos;s guidelines; please revise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced to the programme&apos;s rate card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – invoices (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample receipt
Claim %1
Amount %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt-%1.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please attach proof of performance (photos, attendee list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::SimilarDealsPanel</name>
    <message>
        <source>Similar registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same website or e-mail domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same customer name once legal forms and punctuation are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks approval: approved and protected until %1 (first in wins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different legal entity — not merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other active registration has this customer and a product in common.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n similar registration(s), %1: this one cannot be approved while the other is protected.</source>
        <translation>
            <numerusform>%n similar registration, %1: this one cannot be approved while the other is protected.</numerusform>
            <numerusform>%n similar registrations, %1: this one cannot be approved while the other is protected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocking approval</source>
        <translation>
            <numerusform>%n blocking approval</numerusform>
            <numerusform>%n blocking approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) with the same customer and a product in common. Check them before deciding.</source>
        <translation>
            <numerusform>%n registration with the same customer and a product in common. Check it before deciding.</numerusform>
            <numerusform>%n registrations with the same customer and a product in common. Check them before deciding.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Storage</name>
    <message>
        <source>The database is busy in another window or program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or is not a ChannelDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not complete the operation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::SyncAccountDialog</name>
    <message>
        <source>Sync Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: your company&apos;s CA certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: base64 SHA-256 of the server&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;CA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;pin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is sent only to the server to sign in; ChannelDesk keeps the session in the system keychain, never on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, for example https://sync.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// — ChannelDesk only syncs over encrypted connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::SyncController</name>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Sign in to sync; the sign-in cannot be kept until the keychain works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out. Your unsent changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a sync account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in could not be kept in the system keychain (%1); you will be asked for the password next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is offline. Changes are kept and sent later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::SyncEngine</name>
    <message>
        <source>The server address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server needs a newer ChannelDesk. Your unsynced changes are kept and will be sent after you update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended; sign in again to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer the changes it was sent; they stay queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::SyncHttp</name>
    <message>
        <source>The server&apos;s certificate is not valid for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by an authority this computer trusts. If your company uses its own certificate authority, choose its certificate file in the sync account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid before %1 (check this computer&apos;s clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s key does not match the pinned key; the connection was stopped. If the server&apos;s certificate was renewed with a new key, update the pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the connection; it may be down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be found; check the address or your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::SyncLogDialog</name>
    <message>
        <source>Sync Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::SyncStatusButton</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n second(s).</source>
        <translation>
            <numerusform>Next attempt in %n second.</numerusform>
            <numerusform>Next attempt in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::SyncStore</name>
    <message>
        <source>The server sent a record without a valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner was assigned to another owner; this change was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict was already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown record type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content %1 is not stored on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded attachment content does not match its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierAtRiskModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <extracomment>Certified people now / the minimum the level needs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified people at the last evaluation (%1) and the minimum the level needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls short on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it would miss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierDecisionDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3 in %4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1 at %2 in %3 instead of moving it to %4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Demotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 down from %2 to %3 in %4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1 at %2 in %3 although it no longer meets every criterion?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria no longer met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reasons recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pending since %1 (%n day(s)).</source>
        <translation>
            <numerusform>Pending since %1 (%n day).</numerusform>
            <numerusform>Pending since %1 (%n days).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: kept in the partner&apos;s tier history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve Upgrade…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Demotion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Level…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierEngine</name>
    <message>
        <source>The tier recompute was cancelled after %1 of %2 members; their changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner to recompute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No day to evaluate the tiers on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner no longer falls to %1; the demotion review is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner no longer qualifies for %1; the proposal is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierEvaluator</name>
    <message>
        <source>Revenue in the last 12 months %1 (%2 needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue in the last 12 months %1 of %2 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln certified people (%1 needed)</source>
        <translation>
            <numerusform>%Ln certified person (%1 needed)</numerusform>
            <numerusform>%Ln certified people (%1 needed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln certified people of %1 needed</source>
        <translation>
            <numerusform>%Ln certified person of %1 needed</numerusform>
            <numerusform>%Ln certified people of %1 needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln certified people in %1 (%2 needed)</source>
        <translation>
            <numerusform>%Ln certified person in %1 (%2 needed)</numerusform>
            <numerusform>%Ln certified people in %1 (%2 needed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln certified people in %1 of %2 needed</source>
        <translation>
            <numerusform>%Ln certified person in %1 of %2 needed</numerusform>
            <numerusform>%Ln certified people in %1 of %2 needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approved deal registrations in the last 12 months (%1 needed)</source>
        <translation>
            <numerusform>%Ln approved deal registration in the last 12 months (%1 needed)</numerusform>
            <numerusform>%Ln approved deal registrations in the last 12 months (%1 needed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approved deal registrations in the last 12 months of %1 needed</source>
        <translation>
            <numerusform>%Ln approved deal registration in the last 12 months of %1 needed</numerusform>
            <numerusform>%Ln approved deal registrations in the last 12 months of %1 needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closed-won deals in the last 12 months (%1 needed)</source>
        <translation>
            <numerusform>%Ln closed-won deal in the last 12 months (%1 needed)</numerusform>
            <numerusform>%Ln closed-won deals in the last 12 months (%1 needed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closed-won deals in the last 12 months of %1 needed</source>
        <translation>
            <numerusform>%Ln closed-won deal in the last 12 months of %1 needed</numerusform>
            <numerusform>%Ln closed-won deals in the last 12 months of %1 needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 points (%2 needed)</source>
        <extracomment>%1 = points the partner has, %2 = points the level needs; the plural follows %1</extracomment>
        <translation>
            <numerusform>%1 point (%2 needed)</numerusform>
            <numerusform>%1 points (%2 needed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 points of %2 needed</source>
        <translation>
            <numerusform>%1 point of %2 needed</numerusform>
            <numerusform>%1 points of %2 needed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierHistoryModel</name>
    <message>
        <source>ChannelDesk (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierMetrics</name>
    <message>
        <source>The tier evaluation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No day to evaluate the tiers on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierProgramRepository</name>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The name is limited to %n character(s).</source>
        <translation>
            <numerusform>The name is limited to %n character.</numerusform>
            <numerusform>The name is limited to %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rank must be 1 or more (1 is the lowest level).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partner tier; choose one of the partner tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead weight must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revenue criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certified people criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved registrations criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closed-won deals criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the track of each certified people requirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 track needs at least one certified person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 track is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1 is already %2&apos;s; each level needs its own rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted; restore the partner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s); deactivate the program instead of deleting it.</source>
        <translation>
            <numerusform>%1 has %n member; deactivate the program instead of deleting it.</numerusform>
            <numerusform>%1 has %n members; deactivate the program instead of deleting it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The level no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This level was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A level cannot move to another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) are at or waiting for %1; move them first.</source>
        <translation>
            <numerusform>%n member is at or waiting for %1; move it first.</numerusform>
            <numerusform>%n members are at or waiting for %1; move them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>This membership no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner is not a member of this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inactive; activate it before enrolling partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a member of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number of points other than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the points were earned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points cannot expire before the day they were earned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an activity type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierProgramsScreen</name>
    <message>
        <source>The programs could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;inactive programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a partner program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected program (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected program; one with members can only be deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop evaluating the selected program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol &amp;All Partners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol every partner that is not yet a member of the selected program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recompute Tiers Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate every member against the criteria now (it also runs at start, hourly and after relevant changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier recompute requested. Proposals and reviews appear in the tier review queue when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the programs and levels again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a level to the selected program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Le&amp;vel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected level and its criteria (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Lev&amp;el</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected level; refused while members are at it or pending for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected level the next higher rank (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move D&amp;own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected level the next lower rank (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner programs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The levels of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the selected program&apos;s members again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop evaluating the selected program; members and history are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s): deactivate it instead</source>
        <translation>
            <numerusform>%1 has %n member: deactivate it instead</numerusform>
            <numerusform>%1 has %n members: deactivate it instead</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the selected program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner programs yet.
Use New Program (%1) to create one, then add its levels — for example Registered, Silver, Gold, Platinum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every program is inactive. Check Show inactive programs to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program has no levels yet.
Use New Level (%1) to add the entry level (rank 1), then the levels above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a program to see its levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Status bar of the partner programs screen: &quot;2 programs · 340 members&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n program(s)</source>
        <translation>
            <numerusform>%n program</numerusform>
            <numerusform>%n programs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Program %1 created. Add its levels with New Level, then enrol partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted while partners are members of it (%n member(s)). Deactivate it instead: members and their tier history are kept.</source>
        <translation>
            <numerusform>%1 cannot be deleted while partners are members of it (%n member). Deactivate it instead: members and their tier history are kept.</numerusform>
            <numerusform>%1 cannot be deleted while partners are members of it (%n members). Deactivate it instead: members and their tier history are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the program %1 and its levels?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no members. It is removed for every CAM once synchronised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is active again: its members are evaluated at the next recompute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deactivated: its members are no longer evaluated; memberships and history are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol All Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol every partner that is not yet a member of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each partner starts at the level matching its current tier, or unplaced until the next recompute. Partners already enrolled are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled with every partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling partners in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) joined %1. Recompute tiers to place them.</source>
        <translation>
            <numerusform>%n partner joined %1. Recompute tiers to place it.</numerusform>
            <numerusform>%n partners joined %1. Recompute tiers to place them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every partner is already a member of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling partners in %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 (rank %2) added to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the level %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A level that members are at, or are proposed for, cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranks were not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has rank %2, %3 rank %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program members could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierQuery</name>
    <message>
        <source>Nothing waits for a decision on this membership any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierQueueModel</name>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demotion review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Reasons of a pending tier change, shown on one line in the queue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierRecomputeIndicator</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the tier check (members already checked keep their result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking tiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking tiers… %L1 of %L2</source>
        <extracomment>Tier recompute progress in the status bar: members checked of all</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers checked at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last complete check: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierReview</name>
    <message>
        <source>Enter the reason for this decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upgrade is waiting for this partner any more: the latest evaluation withdrew or replaced it. Refresh the review queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No demotion review is waiting for this partner any more: the latest evaluation withdrew or replaced it. Refresh the review queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pending change was replaced by a newer evaluation since you opened it; review it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposed level no longer exists; set the level by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposed level is not of this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a level of the member&apos;s program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner is already at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner has no level already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierReviewScreen</name>
    <message>
        <source>All programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Tiers &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demotion reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners are at risk when certificates expiring within this many days would take them below their level&apos;s criteria. Changing it checks tiers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look ahead (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a partner to see its standing and tier history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing and what the next level needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate every partner&apos;s tier now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier checks are not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking tiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking which partners are at risk within %n day(s)…</source>
        <translation>
            <numerusform>Checking which partners are at risk within %n day…</numerusform>
            <numerusform>Checking which partners are at risk within %n days…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tier change(s) waiting for review</source>
        <translation>
            <numerusform>%n tier change waiting for review</numerusform>
            <numerusform>%n tier changes waiting for review</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Queue (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At Risk (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer meets every criterion of %2 in %3 (review to move it to %4):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 qualifies for %2 in %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No partner falls below its level within %n day(s).</source>
        <translation>
            <numerusform>No partner falls below its level within %n day.</numerusform>
            <numerusform>No partner falls below its level within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 falls short of %2 in %3 on %4:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade of %1 rejected: it stays %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved down to %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierScheduler</name>
    <message>
        <source>Tier check cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) evaluated</source>
        <translation>
            <numerusform>%n member evaluated</numerusform>
            <numerusform>%n members evaluated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upgrade(s) proposed</source>
        <translation>
            <numerusform>%n upgrade proposed</numerusform>
            <numerusform>%n upgrades proposed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upgrade(s) applied automatically</source>
        <translation>
            <numerusform>%n upgrade applied automatically</numerusform>
            <numerusform>%n upgrades applied automatically</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demotion review(s) opened</source>
        <translation>
            <numerusform>%n demotion review opened</numerusform>
            <numerusform>%n demotion reviews opened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s) withdrawn</source>
        <translation>
            <numerusform>%n pending change withdrawn</numerusform>
            <numerusform>%n pending changes withdrawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n at risk</numerusform>
            <numerusform>%n at risk</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separator between the counts of a tier recompute</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TierStandingsModel</name>
    <message>
        <source>Not evaluated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (last 12 months): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified people: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified in %1: %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved deal registrations: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed-won deals: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>Pending tier change, e.g. &quot;Upgrade to Gold&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not evaluated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets every criterion of its level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: qualifies for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer met at the current level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::Training</name>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level applied automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demotion review opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demoted after review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level kept after review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending change withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TrainingCatalog</name>
    <message>
        <source>Enter a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The code is limited to %n character(s).</source>
        <translation>
            <numerusform>The code is limited to %n character.</numerusform>
            <numerusform>The code is limited to %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The name is limited to %n character(s).</source>
        <translation>
            <numerusform>The name is limited to %n character.</numerusform>
            <numerusform>The name is limited to %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>A course cannot be its own prerequisite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prerequisite course no longer exists; choose the prerequisites again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These prerequisites would form a cycle: %1. A course cannot require itself, directly or through other courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used by the course “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity cannot be negative (0 means the certification never expires).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The validity is limited to %n month(s).</source>
        <translation>
            <numerusform>The validity is limited to %n month.</numerusform>
            <numerusform>The validity is limited to %n months.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reminder cannot be a negative number of days before expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recertification window cannot be a negative number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used by the certification “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no course with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This course was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a prerequisite of %2; remove it from there first, or make the course inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certification no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no certification with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certification was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certification record(s) use %1; make it inactive instead of deleting it.</source>
        <translation>
            <numerusform>%n certification record uses %1; make it inactive instead of deleting it.</numerusform>
            <numerusform>%n certification records use %1; make it inactive instead of deleting it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TrainingCatalogScreen</name>
    <message>
        <source>Show &amp;inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search courses and certifications by code, name, track or prerequisite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list courses and certifications that are no longer offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cer&amp;tifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses partners&apos; people take; they can be prerequisites of other courses and of certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each certification is, how long it lasts and when recertification opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the catalogue again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The courses could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certification definitions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Certification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define a new certification (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a course to the catalogue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Certification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected record (Return or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by %1: remove it from their prerequisites first, or deactivate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected certification; one people hold can only be deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop offering the selected record; it stays for history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer the selected record again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No courses yet.
Use New Course (%1) to add the first one; certifications and other courses can then require it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certifications defined yet.
Use New Certification (%1) to define one: how long it is valid, when to remind and when recertification opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certification matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every course is inactive. Check Show inactive to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every certification is inactive. Check Show inactive to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Status bar of the training catalogue: &quot;12 courses · 4 certifications&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n course</numerusform>
            <numerusform>%n courses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s)</source>
        <translation>
            <numerusform>%n certification</numerusform>
            <numerusform>%n certifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Certification %1 (%2) defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course %1 (%2) added to the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course %1 cannot be deleted while other records require it (%2). Remove it from their prerequisites first, or deactivate it to stop offering it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete course %1 (%2) from the catalogue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is removed for every CAM once synchronised. To stop offering it but keep it in people&apos;s history, deactivate it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;activate Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course %1 was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete certification %1 (%2) from the catalogue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a certification nobody holds can be deleted. To stop offering it but keep existing certificates, deactivate it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification %1 was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course %1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course %1 is offered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course %1 deactivated: it stays in people&apos;s history and in existing prerequisites but is no longer offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification %1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification %1 is offered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification %1 deactivated: existing certificates keep counting until they expire; no new ones are offered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TrainingForm</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <comment>person &lt;e-mail&gt;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a partner first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partner has no contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TrainingGenerator</name>
    <message>
        <source>The vendor&apos;s partner program: four levels from Registered to Platinum; upgrades are approved by the channel account manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 course of the %2 track (%n hours).</source>
        <translation>
            <numerusform>%1 course of the %2 track (%n hour).</numerusform>
            <numerusform>%1 course of the %2 track (%n hours).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 certification, valid for %n months.</source>
        <translation>
            <numerusform>%1 certification, valid for %n month.</numerusform>
            <numerusform>%1 certification, valid for %n months.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 certification; it does not expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another window or program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not complete the operation; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no partners to train and certify. Generate partners first, e.g. --partners 1000 --certifications 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled in the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There are not enough people for that many certifications: each contact holds at most one of each of the %n certifications at a time. Add contacts (for example --contacts-per-partner 5) or ask for fewer.</source>
        <translation>
            <numerusform>There are not enough people for that many certifications: each contact holds the %n certification at most once at a time. Add contacts (for example --contacts-per-partner 5) or ask for fewer.</numerusform>
            <numerusform>There are not enough people for that many certifications: each contact holds at most one of each of the %n certifications at a time. Add contacts (for example --contacts-per-partner 5) or ask for fewer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked: exam policy violation reported by the test centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of certifications cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TrainingSettings</name>
    <message numerus="yes">
        <source>The at-risk horizon must be between 1 and %n days.</source>
        <translation>
            <numerusform>The at-risk horizon must be between 1 and %n day.</numerusform>
            <numerusform>The at-risk horizon must be between 1 and %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The review snooze must be between 0 and %n days.</source>
        <translation>
            <numerusform>The review snooze must be between 0 and %n day.</numerusform>
            <numerusform>The review snooze must be between 0 and %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recompute interval must be between %1 and %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::UtilisationChart</name>
    <message>
        <source>Amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (billions of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (millions of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (thousands of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims approved, not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, not claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets in different currencies are never added up: pick the currency to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the budgets shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Bar label in the utilisation chart: partner name · allocation period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This budget has no allocations yet (or none for the partner filtered on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n budget(s))</source>
        <translation>
            <numerusform>%1 (%n budget)</numerusform>
            <numerusform>%1 (%n budgets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Utilisation of the %1 budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budgets to show. Create one with New Budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other budget(s)</source>
        <translation>
            <numerusform>%n other budget</numerusform>
            <numerusform>%n other budgets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other allocation(s)</source>
        <translation>
            <numerusform>%n other allocation</numerusform>
            <numerusform>%n other allocations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Amounts in %1 · %n budget(s) · %2 paid of %3</source>
        <translation>
            <numerusform>Amounts in %1 · %n budget · %2 paid of %3</numerusform>
            <numerusform>Amounts in %1 · %n budgets · %2 paid of %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Amounts in %1 · %n allocation(s) · %2 paid of %3 allocated</source>
        <translation>
            <numerusform>Amounts in %1 · %n allocation · %2 paid of %3 allocated</numerusform>
            <numerusform>Amounts in %1 · %n allocations · %2 paid of %3 allocated</numerusform>
        </translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdrawn by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to select it in the tree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramTr</name>
    <message>
        <source>%1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The database to use (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run channeldesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts for each partner (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record every generated row as a local change to sync (off by default: generated data is for demos and benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners added: %L1. Contacts added: %L2. Time: %L3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners so far: %L1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in to the sync server and syncs once: sends the changes made here, then receives the changes made elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server&apos;s address (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate authority to trust besides the system&apos;s (PEM), for a company&apos;s own CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync needs --server and --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced. Sent: %L1. Received: %L2. Open conflicts: %L3. Rejected: %L4. Still to send: %L5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync was cancelled; what was already sent or received is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is lost; run sync again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: %L1. Created: %L2. Updated: %L3. Unchanged: %L4. Rejected: %L5. Warnings: %L6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts created: %L1. Contacts updated: %L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank rows skipped: %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1 rejected: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate groups: %L1 strong, %L2 possible (review them with --report json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as import %1 in the import history; it can be reverted there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file “%1” is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mapping file “%1”, and no database to look for a template of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mapping template named “%1” and no file of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not imported (no matching field; map them with --mapping): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not imported because an earlier column has the same field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved mapping template, or a JSON file mapping headers to fields ({&quot;Company&quot;: &quot;partner.name&quot;}). Without it, headers are mapped automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name|file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create (new partners only), update (existing only) or upsert (both; default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match rules in order, comma-separated: id, external-id, email, domain, name-country (default: all, in that order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utf-8, utf-16le, utf-16be, windows-1252 or windows-1258 (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma, semicolon, tab or pipe (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report what the import would do; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json: print the full machine-readable report on stdout instead of a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rejected rows to this CSV file (the file&apos;s own layout plus Line and Error columns), to fix and import again. Written even when no row was rejected, so it is never stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner of created partners when the file has no owner column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode must be create, update or upsert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--match takes a comma-separated list of id, external-id, email, domain, name-country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding “%1”: use utf-8, utf-16le, utf-16be, windows-1252 or windows-1258.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon, tab or pipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report only knows json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder is available for the dry run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column maps to the partner name, which new partners need. Columns: %1. Name one of them “%2”, give a mapping with --mapping, or use --mode update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports the live partners, or those matching the filters, as CSV. Headers are the field names in English, so channeldesk-cli import (and the import wizard in any language) maps them back. Cells that a spreadsheet would run as a formula (= + - @ at the start) get a leading apostrophe, which import removes again. The file is written whole or not at all.

Exit codes: 0 written, 1 failure (message on stderr), 2 wrong usage, 3 cancelled (no file written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excel (UTF-8 with BOM, the locale&apos;s list separator; default), utf8 (no BOM, comma) or unicode-text (UTF-16LE, tab: opens correctly in every Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma, semicolon, tab or pipe (not for unicode-text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per contact, with the contact&apos;s columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No apostrophe before formula-like cells (only for tools, never for spreadsheets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated field keys to export (partner.name, partner.country, …; default: every partner field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only partners of this tier (code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only partners of this type (code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only partners in this stage (code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only partners in this country (ISO code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only partners of this owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only partners matching this text, as the list&apos;s search box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order: name, type, tier, stage, country, city, owner, review, revenue or updated (with a filter or --search the default is name; otherwise storage order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write (replaced if it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile must be excel, utf8 or unicode-text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unicode-text profile is always tab-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort must be name, type, tier, stage, country, city, owner, review, revenue or updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports partners (and one contact per row) from a CSV file. The encoding, delimiter and columns are detected; every rejected line is reported with its number and reason. The import is one transaction: a failure or Ctrl+C leaves the database as it was.

Exit codes: 0 no row rejected, 1 failure (message on stderr), 2 wrong usage, 3 cancelled, 6 finished but some rows were rejected (the others were imported; a dry run returns the same codes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs exactly one file. Run channeldesk-cli %1 --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more rejected line(s) (see --errors FILE or --report json).</source>
        <translation>
            <numerusform>  … and %n more rejected line (see --errors FILE or --report json).</numerusform>
            <numerusform>  … and %n more rejected lines (see --errors FILE or --report json).</numerusform>
        </translation>
    </message>
    <message>
        <source>Partners exported: %1 (rows: %2) to %3 in %4 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values longer than the %1 characters Excel can hold in a cell: %2; Excel will cut them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of deal registrations and opportunities to add (default 0), spread over all partners, after the partners of --partners if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write each deal&apos;s history (about four events per deal; slower).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of partners and deals; the same seed (and --as-of) gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--partners and --deals must be 0 to 100000000, --contacts-per-partner 0 to 50, --seed a non-negative number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of must be a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no partners to register deals for. Generate some in the same command, e.g. --partners 1000 --deals %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals so far: %L1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals added: %L1 (%L2 registrations, %L3 opportunities; %L4 registrations repeat another partner&apos;s customer and product). History events: %L5. Time: %L6 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of MDF fund requests to add (default 0), with the budgets and allocations they draw on, their claims and payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDF claims per fund request on average (default 3), made against the approved requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the history of every MDF record (slower).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day deals and MDF data are generated around, YYYY-MM-DD (default today): expected close dates from a year before to 18 months after it; MDF budgets for its year and the year before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mdf-requests must be 0 to 100000000, --claims-per-request a number from 0 to 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no partners to allocate funds to. Generate some in the same command, e.g. --partners 5000 --mdf-requests %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund requests so far: %L1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDF added: %L1 budgets, %L2 allocations, %L3 fund requests, %L4 claims, %L5 payments. History events: %L6. Time: %L7 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDF audit: every total matches its rows and MDF-01, 02, 09 and 11 hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>MDF audit: %n problem(s) found.</source>
        <translation>
            <numerusform>MDF audit: %n problem found.</numerusform>
            <numerusform>MDF audit: %n problems found.</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate, info, sync, import, export, mdf-audit, tiers-recompute, import-certifications or export-certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds deterministic, realistic partners and contacts (Vietnamese, English, German, French), deal registrations and opportunities with line items, market development funds (budgets, allocations, fund requests, claims and payments), and training data (courses, certification definitions, a partner program with four levels, memberships, people&apos;s certifications, course completions and points) for the partners in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of partners (default 1000; 0 when --deals, --mdf-requests or --certifications is given, which then use the partners already in the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of people&apos;s certification records to add (default 0), spread over the contacts of all partners (more for higher tiers), with the course and certification catalogue, the partner program and its four levels, a membership for every partner, course completions and points. When the database has no deals and --deals is not given, three deals per partner are added too, so revenue criteria have something to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write each new member&apos;s &apos;joined&apos; tier history event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--certifications must be 0 to 100000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to generate: give --partners, --deals, --mdf-requests or --certifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no partners to certify. Generate some in the same command, e.g. --partners 1000 --certifications %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications so far: %L1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals added for the tier criteria: %L1 (%L2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training added: %L1 courses, %L2 certification definitions, %L3 program levels, %L4 program members, %L5 certifications (%L6 archived as renewed, %L7 in progress, %L8 revoked), %L9 course completions, %L10 points entries; %L11 partners&apos; tiers set to the level their data qualifies for. Time: %L12 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: %L1. New: %L2 (renewals: %L3). Unchanged: %L4. Rejected: %L5. Warnings: %L6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputes the tier standing of every member of every active partner program (TIER-02/03), as the app does at start and hourly: upgrades are proposed (or applied when the program says so), demotions open a review, never silently. Ctrl+C stops between members; what was decided stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day evaluated, YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiers-recompute takes no file. Run channeldesk-cli tiers-recompute --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputing tiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: %L1. Unchanged: %L2. Upgrades proposed: %L3. Upgrades applied: %L4. Demotion reviews opened: %L5. Pending changes withdrawn: %L6. At risk: %L7. Time: %L8 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports people&apos;s certification records from a CSV file: one row per certificate with the person&apos;s email, the certification (code or name), and its state and dates. The encoding, delimiter and columns are detected (English, Vietnamese, German and French headers). People are matched by email; rows already stored (same person, certification and acquisition day) are left unchanged; a later certificate renews the current one. Every rejected line is reported with its number and reason. The import is one transaction.

Exit codes: 0 no row rejected, 1 failure, 2 wrong usage, 3 cancelled, 6 finished but some rows were rejected (a dry run returns the same codes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who imports (recorded with the records; default “import”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has an older format; run the import without --dry-run, or open it with ChannelDesk once, to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not imported (no matching field): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports people&apos;s certification records as CSV: partner, person, email, certification code and name, track, state on the day (in_progress, active, expiring, expired, renewed, revoked), started, acquired and expiry days, certificate id and notes. Headers are in English, so import-certifications (in any language) maps them back. Cells a spreadsheet would run as a formula get a leading apostrophe. The file is written whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excel (UTF-8 with BOM, the locale&apos;s list separator; default), utf8 (no BOM, comma) or unicode-text (UTF-16LE, tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this partner&apos;s people (its ChannelDesk id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out renewed and revoked records (the history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the state is computed for, YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--partner must be a ChannelDesk id (8-4-4-4-12 hexadecimal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification records exported: %1 to %2 in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ChannelDesk: partner relationship management for channel account managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt; instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (en, vi) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit as soon as the partner list has painted (for start-up benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
