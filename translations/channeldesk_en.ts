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
    <message>
        <source>ChannelDesk command-line tool.

Commands:
  generate   add generated partners and contacts (generate --help for options)
  info       show what the database holds
  sync       sign in and sync once with the server (sync --help for options)

Exit codes: 0 success, 1 failure (message on stderr), 2 wrong usage, 3 cancelled, 4 sign-in refused (wrong user name or password), 5 the server needs a newer ChannelDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate, info or sync</source>
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
