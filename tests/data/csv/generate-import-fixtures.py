#!/usr/bin/env python3
# Writes the importer's fixture files (tests/csv/PartnerImporterTest.cpp asserts on each; the CLI tests may use them
# too). The files are committed; rerun this script only to change them. Bytes are exact: encodings, BOMs, endings.
from fixturelib import BOM, HERE, to_1258, write  # noqa: F401 (not every script uses all)


# Excel (Vietnamese locale): UTF-8 with BOM, ';', CRLF, decimal comma with dot grouping, day/month/year dates.
# Line 2: created (leading zeros kept, our export's neutralised '=1+1 restored); 3: created with a formula-like note
# (warning); 4: possible duplicate of 3 (Thiên Ân vs Thiện An); 5: strong duplicate of 2 by name + country
# (rejected); 6: unknown country (rejected); 7: empty name (rejected).
write("import-vietnamese-semicolon.csv", BOM + (
    "Tên công ty;Mã KH;Quốc gia;Thành phố;Điện thoại;Doanh thu (VNĐ);Ngày bắt đầu;Hạng;Ghi chú\r\n"
    "Công ty Đông Á;004217;Việt Nam;Hà Nội;0901 234 567;2.500.000.000;25/12/2023;Vàng;'=1+1\r\n"
    "Thiện An;KH-002;VN;Huế;+84 234 3822 123;1.250.000;05/01/2024;Bạc;\"=HYPERLINK(\"\"http://x.example\"\")\"\r\n"
    "Thiên Ân;KH-003;vn;Đà Nẵng;;;03/02/2024;;\r\n"
    "CÔNG TY ĐÔNG Á;KH-004;Việt Nam;Hà Nội;;;;;\r\n"
    "Công ty Nam Á;KH-005;Narnia;Hà Nội;;;;;\r\n"
    ";KH-006;VN;;;;;;tên trống\r\n").encode("utf-8"))

# HubSpot company export: comma, LF, no BOM. Line 4: revenue without any currency (rejected with the validator's
# message); line 5: same domain as line 2 (rejected as repeated in the file). Industry has no field.
write("import-hubspot-companies.csv", (
    "Record ID,Company name,Company Domain Name,Country/Region,City,Phone Number,Annual Revenue,Company owner,Industry\n"
    "5101,Acme Distribution,acme.example,United States,Boston,+1 617 555 0100,,jane,COMPUTER_SOFTWARE\n"
    "5102,Beta Systems GmbH,beta.example,Germany,Berlin,030 1234567,,jane,\n"
    "5103,Gamma SARL,gamma.example,France,Paris,01 23 45 67 89,\"1,250,000\",max,\n"
    "5104,Acme Distribution Inc,www.acme.example,US,Boston,,,jane,\n").encode("utf-8"))

# Windows-1258 (decomposed tones), comma, CRLF. Line 3 has an invalid email (rejected): the rejected-rows file
# must come back in Windows-1258 with the same bytes for that row.
write("import-windows-1258.csv", to_1258(
    "Tên,Thành phố,Email\r\n"
    "Nguyễn Văn Ánh,Hà Nội,anh@dong-a.vn\r\n"
    "Trần Thị Bích Ngọc,Đà Nẵng,not-an-email\r\n"
    "Công ty Đông Á,Thủ Dầu Một,info@dong-a.vn\r\n"))
