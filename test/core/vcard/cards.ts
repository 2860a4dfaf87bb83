/**
 * Cards in the styles of each vendor's export, written for these tests (invented people, not copied
 * from any export): what each one does that the others do not.
 */
const crlf = (s: string) => s.replace(/\r?\n/g, "\r\n");

/** Apple iCloud / iPhone 3.0: item groups with X-ABLabel, X-ABRELATEDNAMES, a birthday without year as 1604. */
export const APPLE = crlf(`BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
N:Lindqvist;Åsa;;;
FN:Åsa Lindqvist
NICKNAME:Åsi
ORG:Nordlys AB;Design;
TITLE:Lead designer
item1.EMAIL;type=INTERNET;type=pref:asa@nordlys.example
item1.X-ABLabel:_$!<Work>!$_
item2.EMAIL;type=INTERNET:asa.l@post.example
item2.X-ABLabel:_$!<Home>!$_
TEL;type=CELL;type=VOICE;type=pref:+46 70 123 45 67
item3.X-ABRELATEDNAMES;type=pref:Bo Lindqvist
item3.X-ABLabel:_$!<Spouse>!$_
BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-14
NOTE:Met at the design fair\\, Malmö\\; likes cardamom buns\\nAsk about the studio move
item4.ADR;type=HOME;type=pref:;;Storgatan 1;Malmö;;211 22;Sweden
item4.X-ABADR:se
item5.URL;type=pref:https://nordlys.example/asa
item5.X-ABLabel:_$!<HomePage>!$_
CATEGORIES:friends
UID:6B29FC40-CA47-1067-B31D-00DD010662DA
PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQN
 DAsLDBkSEw8UHR8eHR8eHRwcICQuJyAiLCMcHCg3KSwwMTQ0NB8nOT04MjwuMzQy/9k=
END:VCARD
BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
N:Lindqvist;Bo;;;
FN:Bo Lindqvist
TEL;type=HOME;type=VOICE:+46 40 98 76 54
item1.X-ABRELATEDNAMES:Åsa Lindqvist
item1.X-ABLabel:_$!<Spouse>!$_
BDAY:1979-11-02
END:VCARD
`);

/** Google Contacts 3.0: typed emails and phones, a long folded note, a system group among the categories. */
export const GOOGLE = crlf(`BEGIN:VCARD
VERSION:3.0
FN:Daniel O'Brien
N:O'Brien;Daniel;;;
NICKNAME:Dan
EMAIL;TYPE=INTERNET;TYPE=HOME:dan.obrien@mail.example
EMAIL;TYPE=INTERNET;TYPE=WORK:daniel@harbor.example
TEL;TYPE=CELL:0171 5551234
ORG:Harbor Freight Co.
TITLE:Ops\\, logistics
BDAY:1988-07-09
NOTE:Coffee every few months. Knows everyone in the shipping business and is happy
  to make introductions when asked.
CATEGORIES:myContacts,Colleagues
END:VCARD
`);

/** Outlook 2.1: QUOTED-PRINTABLE with soft line breaks, CHARSET, bare parameters, basic-format BDAY. */
export const OUTLOOK = crlf(`BEGIN:VCARD
VERSION:2.1
N;LANGUAGE=de;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller
ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Stadtwerke K=C3=B6ln
TITLE:Projektleiter
NOTE;ENCODING=QUOTED-PRINTABLE:Erstes Treffen auf der Messe.=0D=0AZweite Zeile, die sehr lang ist und =
umbrochen wird.
TEL;WORK;VOICE:+49 221 1234567
TEL;CELL;VOICE:0171 9876543
EMAIL;PREF;INTERNET:juergen.mueller@stadtwerke.example
ADR;WORK;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:;;Hauptstra=DFe 5;K=F6ln;;50667;Deutschland
BDAY:19800229
X-MS-OL-DEFAULT-POSTAL-ADDRESS:2
X-MS-OL-DESIGN;CHARSET=utf-8:<card xmlns="http://schemas.microsoft.com/office/outlook/12/electronicbusinesscards"/>
END:VCARD
`);

/** Android 2.1: QUOTED-PRINTABLE names, a base64 photo ending with a blank line, X-ANDROID-CUSTOM. */
export const ANDROID = crlf(`BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=94=B0=E4=B8=AD;=E8=8A=B1=E5=AD=90;;;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=94=B0=E4=B8=AD=E8=8A=B1=E5=AD=90
TEL;CELL;PREF:+81-90-1234-5678
EMAIL;HOME:hanako@example.jp
X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Hana;1;;;;;;;;;;;;;
PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQN
  DAsLDBkSEw8UHR8eHR8eHRwcICQuJyAiLCMcHCg3KSwwMTQ0NB8nOT04MjwuMzQy

END:VCARD
`);

/** Fastmail 4.0: RELATED as text, BDAY without year, UID as urn:uuid, TEL as a tel: URI. */
export const FASTMAIL = crlf(`BEGIN:VCARD
VERSION:4.0
PRODID:-//Fastmail//Contacts//EN
UID:urn:uuid:0d2a6b1e-3c4f-4a5b-9c8d-7e6f5a4b3c2d
FN:Noor Haddad
N:Haddad;Noor;;;
NICKNAME:Noor H.
EMAIL;TYPE=work;PREF=1:noor@studio.example
TEL;VALUE=uri;TYPE=cell:tel:+44-20-7946-0958
BDAY:--0521
RELATED;TYPE=colleague;VALUE=text:Daniel O'Brien
RELATED;TYPE=friend:urn:uuid:6B29FC40-CA47-1067-B31D-00DD010662DA
URL:https://noor.example
ORG:Studio Haddad
CATEGORIES:clients,design
END:VCARD
`);

export const ALL_VENDORS = [APPLE, GOOGLE, OUTLOOK, ANDROID, FASTMAIL].join("");
