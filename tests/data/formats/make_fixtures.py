#!/usr/bin/env python3
"""Writes the small format fixtures in this folder (run once; the outputs are checked in).

Everything is built from the standard library so the fixtures are reproducible: PDFs are
written object by object (Helvetica, no embedded fonts), DOCX/ODT with zipfile, e-mails as
MIME text with quoted-printable and base64 bodies.
"""
import base64
import os
import quopri
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- PDF
def pdf_escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def write_pdf(name, pages, info, encrypt=False):
    """pages: list of lists of (x, y, size, text); y from the bottom as PDF has it."""
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pages_id = len(objects) + 1 + 2 * len(pages)  # after the page and content objects
    page_ids = []
    for items in pages:
        ops = []
        for (x, y, size, text) in items:
            if text is None:  # a filled rectangle: a "scan" without text
                ops.append(f"0.5 g {x} {y} 400 500 re f")
            else:
                ops.append(f"BT /F1 {size} Tf {x} {y} Td ({pdf_escape(text)}) Tj ET")
        stream = "\n".join(ops).encode("latin-1")
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] "
                            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                            % (pages_id, font, content)))
    kids = " ".join(f"{p} 0 R" for p in page_ids).encode()
    assert add(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(page_ids)) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info_id = add(b"<< " + b" ".join(b"/%s (%s)" % (k.encode(), pdf_escape(v).encode("latin-1"))
                                     for k, v in info.items()) + b" >>")
    encrypt_id = None
    if encrypt:
        # Standard security handler whose owner/user entries match no empty password: Poppler
        # can only open it with the (unknown) password, as with a real protected file.
        encrypt_id = add(b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" +
                         b"22" * 32 + b"> /P -44 >>")
    data = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        data += b"%010d 00000 n \n" % off
    trailer = b"<< /Size %d /Root %d 0 R /Info %d 0 R" % (len(objects) + 1, catalog, info_id)
    if encrypt_id:
        trailer += b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (encrypt_id, b"ab" * 16, b"ab" * 16)
    data += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    with open(out(name), "wb") as f:
        f.write(data)


def column(x, top, lines, size=11, leading=14):
    items, y = [], top
    for line in lines:
        if line == "":
            y -= leading  # paragraph gap
            continue
        items.append((x, y, size, line))
        y -= leading
    return items


def running(page):
    return [(50, 760, 9, "The Steppe Observer - Crisis Briefing"), (300, 30, 9, f"Page {page}")]


left1 = ["Protests that began over fuel prices on",
         "Sunday spread to Almaty on Tuesday, where",
         "crowds set fire to the city hall. The inter-",
         "national airport was closed on Wednesday.",
         "",
         "President Tokayev asked the Collective",
         "Security Treaty Organization for help on",
         "Wednesday night, and Russian paratroopers"]
right1 = ["landed in Almaty on Thursday.",
          "",
          "On Friday, Tokayev said order had been",
          "largely restored and ordered troops to",
          "fire without warning.",
          "",
          "Internet access was cut across the country",
          "on Wednesday and partly restored later."]
left2 = ["Analysts in Moscow said the deployment",
         "was the first time the alliance had acted",
         "on its collective defence clause, a step",
         "that took many in the region by surprise."]
right2 = ["The government said on Saturday that",
          "more than 4,000 people had been detained",
          "and that the airport in Almaty would open",
          "again on Monday."]
write_pdf("two-column.pdf", [
    running(1) + [(50, 720, 20, "Unrest spreads across Kazakhstan"),
                  (50, 696, 10, "Published January 08, 2022")]
    + column(50, 670, left1) + column(320, 670, right1),
    running(2) + column(50, 720, left2) + column(320, 720, right2),
], {"Title": "Microsoft Word - briefing.docx", "Author": "Desk", "CreationDate": "D:20220109080000Z"})

write_pdf("no-date.pdf", [[(50, 720, 18, "Situation report")]
                          + column(50, 690, ["Roads into Almaty were reopened on Monday after",
                                             "three days of closures, the field office said.",
                                             "",
                                             "Fuel deliveries resumed on Tuesday."])],
          {"Title": "Microsoft Word - sitrep.docx", "Author": "Field Office",
           "CreationDate": "D:20220111093000Z"})
write_pdf("encrypted.pdf", [[(50, 720, 12, "Secret")]], {"Title": "x"}, encrypt=True)
write_pdf("scanned.pdf", [[(100, 100, 0, None)], [(100, 100, 0, None)]], {"Title": "Scan"})


# ---------------------------------------------------------------- DOCX
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def wp(text, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


docx_body = "".join([
    wp("Ceasefire talks resume in Almaty", "Title"),
    wp("Published January 08, 2022"),
    wp("Background", "Heading1"),
    "<w:p><w:r><w:t>Negotiators met in Almaty on Thursday</w:t></w:r><w:r><w:tab/></w:r>"
    "<w:r><w:t>after a week of unrest.</w:t></w:r>"
    "<w:del><w:r><w:delText>This sentence was deleted.</w:delText></w:r></w:del></w:p>",
    wp("What comes next", "Heading2"),
    wp("A second round is planned for Monday, officials said."),
])
with zipfile.ZipFile(out("headings.docx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{docx_body}</w:body></w:document>')
    z.writestr("docProps/core.xml",
               '<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
               'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">'
               '<dc:title>Template</dc:title><dc:creator>Aigerim Sadykova</dc:creator>'
               '<dcterms:created>2022-01-09T10:00:00Z</dcterms:created></cp:coreProperties>')

# A "zip bomb": 4 MiB of spaces in a few kilobytes.
with zipfile.ZipFile(out("bomb.docx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("word/document.xml", " " * (4 * 1024 * 1024))

with open(out("headings.docx"), "rb") as f:
    whole = f.read()
with open(out("truncated.docx"), "wb") as f:
    f.write(whole[: len(whole) // 2])

# ---------------------------------------------------------------- ODT
ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
odt_content = (
    f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS}><office:body><office:text>'
    '<text:p text:style-name="Title">Border crossings reopen</text:p>'
    '<text:p>2022-01-10</text:p>'
    '<text:h text:outline-level="1">Trade</text:h>'
    '<text:p>Lorries crossed into China at Khorgos on<text:s/>Monday<text:note text:note-class="footnote">'
    '<text:note-body><text:p>A footnote that is not article text.</text:p></text:note-body></text:note>'
    ', customs officers said.</text:p>'
    '<text:p>The <text:span>rail link</text:span> reopened on Tuesday.</text:p>'
    '</office:text></office:body></office:document-content>')
odt_meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ODT_NS}><office:meta>'
            '<dc:title>Border crossings</dc:title><meta:initial-creator>Trade Desk</meta:initial-creator>'
            '<meta:creation-date>2022-01-10T12:00:00</meta:creation-date></office:meta></office:document-meta>')
with zipfile.ZipFile(out("report.odt"), "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
               compress_type=zipfile.ZIP_STORED)
    z.writestr("content.xml", odt_content, compress_type=zipfile.ZIP_DEFLATED)
    z.writestr("meta.xml", odt_meta, compress_type=zipfile.ZIP_DEFLATED)

# ---------------------------------------------------------------- e-mail
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


news_text = """Steppe Brief - your morning round-up

==============================

Fuel protests reach Almaty

Crowds gathered in Almaty on Tuesday after fuel prices doubled, and the protests spread to other cities by Wednesday.

------------------------------

Airport reopens

The international airport in Almaty reopened on Monday, the operator said, after troops secured it on Friday.

------------------------------

You receive this because you subscribed. Unsubscribe: https://brief.example.org/u
"""
news_html = """<html><head><meta charset="utf-8"><title>Steppe Brief</title></head><body>
<h1>Fuel protests reach Almaty</h1><p>Crowds gathered in Almaty on Tuesday after fuel prices doubled \u2013 and the protests spread.</p>
<hr><h1>Airport reopens</h1><p>The international airport in Almaty reopened on Monday.</p></body></html>
"""
boundary = "=_brief_42"
newsletter = f"""Return-Path: <brief@example.org>
From: Steppe Brief <brief@example.org>
To: analyst@example.com
Subject: =?UTF-8?Q?Steppe_Brief_=E2=80=93_8_January?=
Date: Sat, 08 Jan 2022 07:30:00 +0600
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(news_text)}
--{boundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(news_html)}
--{boundary}--
"""
with open(out("newsletter.eml"), "w", newline="\r\n") as f:
    f.write(newsletter)

single_body = ("Caf\u00e9 owners in Almaty reopened on Monday, a week after the unrest began.\n\n"
               "Banks opened again on Tuesday.\n").encode("iso-8859-1")
alert = f"""From: "Regional Alerts" <alerts@example.net>
Subject: =?ISO-8859-1?Q?Almaty_caf=E9s_reopen?=
Date: Tue, 11 Jan 2022 18:05:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: base64

{base64.encodebytes(single_body).decode('ascii')}"""
with open(out("alert-latin1.eml"), "w", newline="\r\n") as f:
    f.write(alert)

html_only = f"""From: Wire <wire@example.org>
Subject: Wire story
Date: Mon, 10 Jan 2022 09:00:00 +0000
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('<html><body><h1>Wire story</h1><p>Markets in Almaty fell on Monday.</p></body></html>')}
"""
with open(out("html-only.eml"), "w", newline="\r\n") as f:
    f.write(html_only)

with open(out("malformed.eml"), "wb") as f:
    f.write(b"From: \x00\x01broken\r\nContent-Type: multipart/mixed; boundary=\r\n\r\n--\r\n")
