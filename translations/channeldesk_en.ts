<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>No partners yet. Use File → New Partner (%1) to add one.</source>
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
</context>
<context>
    <name>ChannelDesk::SampleData</name>
    <message>
        <source>Loading sample data was cancelled.</source>
        <translation type="unfinished"></translation>
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
    <name>cli</name>
    <message>
        <source>ChannelDesk command-line tool.

Commands:
  generate   add generated partners and contacts (generate --help for options)
  info       show what the database holds

Exit codes: 0 success, 1 failure (message on stderr), 2 wrong usage, 3 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to use (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate or info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run channeldesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds deterministic, realistic partners and contacts (Vietnamese, English, German, French).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of partners (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts for each partner (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record every generated row as a local change to sync (off by default: generated data is for demos and benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--partners must be 1 to 100000000, --contacts-per-partner 0 to 50, --seed a non-negative number.</source>
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
