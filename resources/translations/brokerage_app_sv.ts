<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name></name>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/messages.py" line="53"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/messages.py" line="55"/>
        <source>The server asks for a password to open {where}.</source>
        <translation>Servern begär ett lösenord för att öppna {where}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/messages.py" line="59"/>
        <source>Remember it in this computer&apos;s keyring</source>
        <translation>Kom ihåg det i datorns nyckelring</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/messages.py" line="78"/>
        <source>Cannot do that</source>
        <translation>Det går inte</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/messages.py" line="83"/>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/messages.py" line="85"/>
        <source>The program ran into an unexpected problem and stopped what it was doing. Your event file is safe: unfinished changes were not saved.

Details were written to {path}; please send that file to support.</source>
        <translation>Programmet stötte på ett oväntat problem och avbröt det som pågick. Evenemangsfilen är i säkerhet: ändringar som inte var klara sparades inte.

Detaljer har skrivits till {path}. Skicka gärna den filen till supporten.</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="76"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nytt evenemang…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="79"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="81"/>
        <source>Open &amp;demo event</source>
        <translation>Öppna &amp;demoevenemang</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="82"/>
        <source>&amp;Close event</source>
        <translation>S&amp;täng evenemang</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="83"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="84"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="86"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="90"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrera</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="91"/>
        <source>&amp;Solve schedule</source>
        <translation>&amp;Lägg schema</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="92"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="93"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="94"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicera…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="96"/>
        <source>&amp;Anonymise event…</source>
        <translation>&amp;Anonymisera evenemanget…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="99"/>
        <source>Remove all personal data from the event after it, backups included</source>
        <translation>Ta bort alla personuppgifter ur evenemanget efteråt, säkerhetskopiorna inräknade</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="102"/>
        <source>&amp;Event settings…</source>
        <translation>&amp;Evenemangsinställningar…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="105"/>
        <source>Days, sessions, breaks, slot length, rooms and tables</source>
        <translation>Dagar, pass, pauser, mötestid, rum och bord</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="111"/>
        <source>Page {n}</source>
        <translation>Sida {n}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="164"/>
        <source>Opening {where}…</source>
        <translation>Öppnar {where}…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="181"/>
        <source>Opened read-only</source>
        <translation>Öppnat skrivskyddat</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="183"/>
        <source>{holder} has {event} open for editing, so this window opened it read-only: you can look, print and export, but changes are refused. Close the other window and open the event again to edit it here.</source>
        <translation>{holder} har {event} öppet för redigering, så det här fönstret öppnade det skrivskyddat: du kan titta, skriva ut och exportera, men ändringar nekas. Stäng det andra fönstret och öppna evenemanget igen för att redigera här.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="205"/>
        <source>Opening the event</source>
        <translation>Öppnar evenemanget</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="218"/>
        <source>Creating {name}…</source>
        <translation>Skapar {name}…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="220"/>
        <source>Creating the event</source>
        <translation>Skapar evenemanget</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="230"/>
        <source>Creating the demo event…</source>
        <translation>Skapar demoevenemanget…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="232"/>
        <source>Creating the demo event</source>
        <translation>Skapar demoevenemanget</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="263"/>
        <source>Remove all personal data from {event} for good? Names, e-mails, phones, profiles, notes, scanned codes and organisation names are removed; the figures of the after-event report stay.</source>
        <translation>Ta bort alla personuppgifter ur {event} för gott? Namn, e-postadresser, telefonnummer, profiler, anteckningar, skannade koder och organisationsnamn tas bort; siffrorna i rapporten efter evenemanget finns kvar.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="270"/>
        <source>The event&apos;s {count} backup(s) in {folder} hold the same personal data and are deleted too.</source>
        <translation>Evenemangets {count} säkerhetskopia/-or i {folder} innehåller samma personuppgifter och raderas också.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="273"/>
        <source>This cannot be undone.</source>
        <translation>Detta kan inte ångras.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="274"/>
        <source>Anonymise the event</source>
        <translation>Anonymisera evenemanget</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="280"/>
        <source>Anonymising the event</source>
        <translation>Anonymiserar evenemanget</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="290"/>
        <source>Anonymised {attendees} attendees and {organisations} organisations; cleared {checkins} check-in scans and {entries} audit entries. The file was rebuilt.</source>
        <translation>{attendees} deltagare och {organisations} organisationer anonymiserades; {checkins} incheckningsskanningar och {entries} loggposter rensades. Filen byggdes om.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="299"/>
        <source>Deleted {count} backup(s) holding the old data.</source>
        <translation>{count} säkerhetskopia/-or med de gamla uppgifterna raderades.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="303"/>
        <source>The -wal file was checkpointed and emptied.</source>
        <translation>Filen -wal skrevs in i evenemangsfilen och tömdes.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="306"/>
        <source>Another program still has the event open, so its -wal file could not be emptied and may hold old values: close it and anonymise again.</source>
        <translation>Ett annat program har fortfarande evenemanget öppet, så dess -wal-fil kunde inte tömmas och kan innehålla gamla värden: stäng det och anonymisera igen.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="309"/>
        <source>Event anonymised</source>
        <translation>Evenemanget anonymiserat</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="93"/>
        <source>Edit attendee</source>
        <translation>Redigera deltagare</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="93"/>
        <source>New attendee</source>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="99"/>
        <source>Leave empty to print the full name</source>
        <translation>Lämna tomt för att skriva ut hela namnet</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="106"/>
        <source>Dr, Prof. (printed only if the badge shows it)</source>
        <translation>Dr, Prof. (skrivs bara ut om namnbrickan visar den)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="75"/>
        <source>No limit</source>
        <translation>Ingen gräns</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="114"/>
        <source>May share contact details with meeting partners</source>
        <translation>Kontaktuppgifter får delas med mötespartner</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="115"/>
        <source>May appear in the public participant list</source>
        <translation>Får synas i den offentliga deltagarlistan</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="116"/>
        <source>Agrees to photos</source>
        <translation>Godkänner fotografering</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="62"/>
        <source>From the first slot</source>
        <translation>Från första tidspasset</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="63"/>
        <source>Until the last slot</source>
        <translation>Till sista tidspasset</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="126"/>
        <source>No own booth (shared tables)</source>
        <translation>Ingen egen monter (gemensamma bord)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="130"/>
        <source>Table {n}</source>
        <translation>Bord {n}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="131"/>
        <source> (another exhibitor&apos;s booth)</source>
        <translation> (en annan utställares monter)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="137"/>
        <source>Title (Dr, Prof.)</source>
        <translation>Titel (Dr, Prof.)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="138"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="139"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="140"/>
        <source>Name on badge</source>
        <translation>Namn på namnbrickan</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="141"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="142"/>
        <source>Job title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="143"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="144"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="145"/>
        <source>Badge category</source>
        <translation>Brickkategori</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="146"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="147"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="155"/>
        <source>Arrives</source>
        <translation>Ankomst</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="156"/>
        <source>Leaves</source>
        <translation>Avresa</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="157"/>
        <source>Max meetings</source>
        <translation>Max antal möten</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="158"/>
        <source>Own booth</source>
        <translation>Egen monter</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="159"/>
        <source>Slots when they cannot meet:</source>
        <translation>Tidspass då personen inte kan träffas:</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="163"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="164"/>
        <source>Availability and booth</source>
        <translation>Tillgänglighet och monter</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="244"/>
        <source>Organisation: add an organisation first.</source>
        <translation>Organisation: lägg först till en organisation.</translation>
    </message>
</context>
<context>
    <name>AttendeesPage</name>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="118"/>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="154"/>
        <source>Attendees</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="119"/>
        <source>Everyone registered, with their organisation, availability and requests.</source>
        <translation>Alla anmälda, med organisation, tillgänglighet och mötesförfrågningar.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="121"/>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="122"/>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="123"/>
        <source>New attendee</source>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="127"/>
        <source>Filter by name, organisation, country, e-mail…  (Ctrl+F)</source>
        <translation>Filtrera på namn, organisation, land, e-post…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="155"/>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="158"/>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="159"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="161"/>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="169"/>
        <source>Edit selected…</source>
        <translation>Redigera markerade…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="163"/>
        <source>One change for all selected attendees (Ctrl+Shift+E)</source>
        <translation>En ändring för alla markerade deltagare (Ctrl+Skift+E)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="172"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="174"/>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="193"/>
        <source>No attendees yet</source>
        <translation>Inga deltagare ännu</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="195"/>
        <source>Add delegates one by one, or import the registration spreadsheet (CSV or Excel) from your registration system.</source>
        <translation>Lägg till deltagare en i taget, eller importera anmälningslistan (CSV eller Excel) från ert anmälningssystem.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="199"/>
        <source>Import a spreadsheet…</source>
        <translation>Importera ett kalkylark…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="200"/>
        <source>Add an attendee</source>
        <translation>Lägg till en deltagare</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="238"/>
        <source>attendees</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="244"/>
        <source>organisations</source>
        <translation>organisationer</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="266"/>
        <source>Add an organisation first</source>
        <translation>Lägg först till en organisation</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="267"/>
        <source>Every attendee belongs to an organisation. Add one, then the attendee.</source>
        <translation>Varje deltagare hör till en organisation. Lägg till organisationen först och sedan deltagaren.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="331"/>
        <source>Delete {names}? Their meeting requests are deleted too.</source>
        <translation>Ta bort {names}? Deras mötesförfrågningar tas också bort.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="336"/>
        <source>They have {n} scheduled meeting(s), which will be removed from the schedule and from their partners&apos; agendas.</source>
        <translation>De har {n} schemalagda möte(n), som tas bort från schemat och från mötespartnernas mötesscheman.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="339"/>
        <source>Delete attendees</source>
        <translation>Ta bort deltagare</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="394"/>
        <source>Delete organisation</source>
        <translation>Ta bort organisation</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/attendees.py" line="395"/>
        <source>Delete {name}?</source>
        <translation>Ta bort {name}?</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="60"/>
        <source>By hand</source>
        <translation>Manuellt</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="61"/>
        <source>Solve</source>
        <translation>Schemaläggning</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="62"/>
        <source>Publication</source>
        <translation>Publicering</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="63"/>
        <source>Attendee import</source>
        <translation>Deltagarimport</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="64"/>
        <source>Request import</source>
        <translation>Import av förfrågningar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="65"/>
        <source>Restore</source>
        <translation>Återställning</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="66"/>
        <source>Self-test</source>
        <translation>Självtest</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="69"/>
        <source>Upgrade from schema {n}</source>
        <translation>Uppgradering från schema {n}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="209"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="212"/>
        <source>{n} KB</source>
        <translation>{n} kB</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="227"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="232"/>
        <source>Backups are made before every solve, import, publication and upgrade, in {folder}. Restoring one first backs up what the event holds now.</source>
        <translation>Säkerhetskopior görs före varje schemaläggning, import, publicering och uppgradering, i {folder}. Att återställa en säkerhetskopierar först det som evenemanget innehåller nu.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="239"/>
        <source>Made</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="239"/>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="239"/>
        <source>Holds</source>
        <translation>Innehåller</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="239"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="250"/>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="252"/>
        <source>Restore…</source>
        <translation>Återställ…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="258"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="275"/>
        <source>{attendees} attendees, {meetings} meetings</source>
        <translation>{attendees} deltagare, {meetings} möten</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="279"/>
        <source>Unreadable</source>
        <translation>Oläsbar</translation>
    </message>
</context>
<context>
    <name>BadgeLayoutDialog</name>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/badge_layout.py" line="44"/>
        <source>Custom badge layout</source>
        <translation>Egen etikettlayout för namnbrickor</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/badge_layout.py" line="58"/>
        <source>Centre the labels on the sheet</source>
        <translation>Centrera etiketterna på arket</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/badge_layout.py" line="64"/>
        <source>Pre-cut label stock (no cut marks)</source>
        <translation>Färdigstansade etiketter (inga skärmärken)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/badge_layout.py" line="79"/>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/badge_layout.py" line="80"/>
        <source>Columns x rows</source>
        <translation>Kolumner x rader</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/badge_layout.py" line="81"/>
        <source>Label width x height</source>
        <translation>Etikettens bredd x höjd</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/badge_layout.py" line="83"/>
        <source>First label from the left, top</source>
        <translation>Första etiketten från vänster, överkant</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/badge_layout.py" line="84"/>
        <source>Gutters across, down</source>
        <translation>Mellanrum i sidled, i höjdled</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/badge_layout.py" line="88"/>
        <source>Take the sizes from the label maker&apos;s template. Nothing is printed within 5 mm of the sheet edge.</source>
        <translation>Ta måtten från etikettillverkarens mall. Inget skrivs ut närmare arkets kant än 5 mm.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/badge_layout.py" line="98"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../brokerage_app/ui/widgets/bars.py" line="59"/>
        <source>No data yet.</source>
        <translation>Inga uppgifter ännu.</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="266"/>
        <source>Edit {count} attendees</source>
        <translation>Redigera {count} deltagare</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="280"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="280"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="287"/>
        <source>Days present</source>
        <translation>Närvarodagar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="288"/>
        <source>Arrives</source>
        <translation>Ankomst</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="289"/>
        <source>Leaves</source>
        <translation>Avresa</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="290"/>
        <source>Badge category</source>
        <translation>Brickkategori</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="291"/>
        <source>Max meetings</source>
        <translation>Max antal möten</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="292"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="293"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="296"/>
        <source>Tick to change this for everyone selected</source>
        <translation>Kryssa i för att ändra detta för alla markerade</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="304"/>
        <source>Tick what to change for the {count} selected attendees; the rest stays as it is for each of them. Days present blocks every slot of the other days.</source>
        <translation>Kryssa i det som ska ändras för de {count} markerade deltagarna; resten förblir som det är för var och en. Närvarodagar spärrar alla tidspass under de andra dagarna.</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../brokerage_app/ui/widgets/feedback.py" line="133"/>
        <source>No camera support on this computer.</source>
        <translation>Den här datorn har inget kamerastöd.</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="266"/>
        <source>Check-in</source>
        <translation>Incheckning</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="267"/>
        <source>Plug in a barcode scanner: it types into the scan field. Enter checks in.</source>
        <translation>Anslut en streckkodsläsare: den skriver i skanningsfältet. Enter checkar in.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="283"/>
        <source>Scan a badge here…</source>
        <translation>Skanna en namnbricka här…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="288"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="309"/>
        <source>No badge? Type a name, organisation or e-mail…</source>
        <translation>Ingen namnbricka? Skriv namn, organisation eller e-post…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="313"/>
        <source>Check in selected</source>
        <translation>Checka in markerade</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="317"/>
        <source>Desk note…</source>
        <translation>Disknotering…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="318"/>
        <source>A note shown with this person&apos;s verdict at the desk</source>
        <translation>En notering som visas med personens besked i disken</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="325"/>
        <source>Sync now</source>
        <translation>Synka nu</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="342"/>
        <source>Find by name</source>
        <translation>Sök på namn</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="354"/>
        <source>Checked in</source>
        <translation>Incheckade</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="355"/>
        <source>Rejected scans</source>
        <translation>Avvisade skanningar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="358"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="361"/>
        <source>Lists for</source>
        <translation>Listor för</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="369"/>
        <source>Not arrived</source>
        <translation>Inte anlända</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="370"/>
        <source>Scan log</source>
        <translation>Skanningslogg</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="388"/>
        <source>No camera scanning: Qt&apos;s multimedia library could not load ({detail}). Install PulseAudio&apos;s library (libpulse0 on Debian and Ubuntu, pulseaudio-libs on Fedora) and restart. A USB scanner works without it.</source>
        <translation>Ingen kameraskanning: Qts multimediabibliotek kunde inte laddas ({detail}). Installera PulseAudios bibliotek (libpulse0 på Debian och Ubuntu, pulseaudio-libs på Fedora) och starta om. En USB-skanner fungerar utan det.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="394"/>
        <source>No camera scanning: this computer has no camera. Plug one in and restart, or use a USB scanner.</source>
        <translation>Ingen kameraskanning: datorn har ingen kamera. Anslut en och starta om, eller använd en USB-skanner.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="447"/>
        <source>Scans of this station waiting to sync: {n} (not in the lists yet)</source>
        <translation>Skanningar från den här stationen som väntar på synkning: {n} (inte med i listorna än)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="459"/>
        <source>Sending this station&apos;s scans</source>
        <translation>Skickar stationens skanningar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="495"/>
        <source>{share} of those expected on {day}</source>
        <translation>{share} av dem som väntas {day}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="499"/>
        <source>Nobody is expected on {day}</source>
        <translation>Ingen väntas {day}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="502"/>
        <source> · {n} more not expected today</source>
        <translation> · {n} till som inte väntas i dag</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="506"/>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="522"/>
        <source> · waiting to sync: {n}</source>
        <translation> · väntar på synkning: {n}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="508"/>
        <source> · duplicates found at sync: {n}</source>
        <translation> · dubbletter upptäckta vid synkning: {n}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="512"/>
        <source>last scan {at}</source>
        <translation>senaste skanning {at}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="514"/>
        <source>no scans yet that day</source>
        <translation>inga skanningar den dagen ännu</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="530"/>
        <source> (found at sync: checked in at {time} at {station})</source>
        <translation> (upptäckt vid synkning: incheckad {time} vid {station})</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="534"/>
        <source> (offline)</source>
        <translation> (offline)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="611"/>
        <source>checked in {at}</source>
        <translation>incheckad {at}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="627"/>
        <source>Find the person by name first, then choose Desk note…</source>
        <translation>Sök först fram personen med namn och välj sedan Disknotering…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="633"/>
        <source>Desk note</source>
        <translation>Disknotering</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="634"/>
        <source>Shown at the desk with this person&apos;s verdict (empty: no note):</source>
        <translation>Visas i disken med personens besked (tomt: ingen notering):</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="520"/>
        <source>Not arrived ({n})</source>
        <translation>Inte anlända ({n})</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="527"/>
        <source> (undone)</source>
        <translation> (ångrad)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="560"/>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="571"/>
        <source>Checking in</source>
        <translation>Checkar in</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="613"/>
        <source>expected</source>
        <translation>väntas</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="613"/>
        <source>not expected today</source>
        <translation>väntas inte i dag</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../brokerage_app/ui/conflicts.py" line="23"/>
        <source>{who} arrives only {when}.</source>
        <translation>{who} anländer först {when}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/conflicts.py" line="27"/>
        <source>{who} leaves at {when}.</source>
        <translation>{who} reser {when}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/conflicts.py" line="31"/>
        <source>{who} is not available in this slot.</source>
        <translation>{who} är inte tillgänglig den här tiden.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/conflicts.py" line="35"/>
        <source>{who} may have {limit} meetings and has {count}.</source>
        <translation>{who} får ha {limit} möten och har {count}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/conflicts.py" line="40"/>
        <source>The request is no longer accepted ({status}).</source>
        <translation>Förfrågan är inte längre accepterad ({status}).</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/conflicts.py" line="44"/>
        <source>The same two people have another request.</source>
        <translation>Samma två personer har en annan förfrågan.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/conflicts.py" line="46"/>
        <source>One of the two people was deleted.</source>
        <translation>En av de två personerna har tagits bort.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/conflicts.py" line="48"/>
        <source>Its slot was removed from the event.</source>
        <translation>Dess mötestid har tagits bort från evenemanget.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/conflicts.py" line="50"/>
        <source>Its table was removed from the event.</source>
        <translation>Dess bord har tagits bort från evenemanget.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/conflicts.py" line="52"/>
        <source>Not at the exhibitor&apos;s own booth, or at another exhibitor&apos;s booth.</source>
        <translation>Inte vid utställarens egen monter, eller vid en annan utställares monter.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/conflicts.py" line="56"/>
        <source>The table also hosts meeting {others} at this time.</source>
        <translation>Bordet har också möte {others} den här tiden.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/conflicts.py" line="60"/>
        <source>{who} also has meeting {others} at this time.</source>
        <translation>{who} har också möte {others} den här tiden.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/conflicts.py" line="63"/>
        <source>It breaks a rule of the schedule.</source>
        <translation>Det bryter mot en regel för schemat.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/conflicts.py" line="67"/>
        <source>{n} placed meetings no longer fit: re-solve or move them.</source>
        <translation>{n} placerade möten passar inte längre: lägg schemat igen eller flytta dem.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/conflicts.py" line="75"/>
        <source>Meeting {id}: {a} – {b}, {when}, {table}: {reasons}</source>
        <translation>Möte {id}: {a} – {b}, {when}, {table}: {reasons}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/conflicts.py" line="83"/>
        <source>Table {n}</source>
        <translation>Bord {n}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/conflicts.py" line="94"/>
        <source>… and {n} more (red in the grid).</source>
        <translation>… och {n} till (röda i rutnätet).</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/conflicts.py" line="102"/>
        <source>Changed since the last solve: its optimality and bound claims no longer hold until the next solve.</source>
        <translation>Ändrat sedan schemat senast lades: påståendena om optimalitet och gränser gäller inte förrän schemat läggs igen.</translation>
    </message>
</context>
<context>
    <name>CopyEventDialog</name>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="314"/>
        <source>Copy the event</source>
        <translation>Kopiera evenemanget</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="315"/>
        <source>Into a new event file</source>
        <translation>Till en ny evenemangsfil</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="316"/>
        <source>Into an empty PostgreSQL database</source>
        <translation>Till en tom PostgreSQL-databas</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="320"/>
        <source>New event file</source>
        <translation>Ny evenemangsfil</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="320"/>
        <source>Event files (*.sqlite)</source>
        <translation>Evenemangsfiler (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="323"/>
        <source>postgresql://user@HOST/database</source>
        <translation>postgresql://användare@VÄRD/databas</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="324"/>
        <source>Open the copy afterwards</source>
        <translation>Öppna kopian efteråt</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="327"/>
        <source>Several check-in stations share one event on PostgreSQL. The server asks for its password when it needs one; it is never stored in the settings.</source>
        <translation>Flera incheckningsstationer delar ett evenemang på PostgreSQL. Servern frågar efter sitt lösenord när den behöver det; det sparas aldrig i inställningarna.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="335"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="337"/>
        <source>Database URL</source>
        <translation>Databas-URL</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="342"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="55"/>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="57"/>
        <source>Event settings…</source>
        <translation>Evenemangsinställningar…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="58"/>
        <source>Attendees</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="59"/>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="75"/>
        <source>Accepted requests</source>
        <translation>Accepterade förfrågningar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="60"/>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="76"/>
        <source>Meetings placed</source>
        <translation>Inplanerade möten</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="61"/>
        <source>Checked in today</source>
        <translation>Incheckade i dag</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="80"/>
        <source>Expected today</source>
        <translation>Väntas i dag</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="80"/>
        <source>Checked in</source>
        <translation>Incheckade</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="86"/>
        <source>Meetings by country (attendee&apos;s organisation)</source>
        <translation>Möten per land (deltagarens organisation)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="87"/>
        <source>Check-in by badge category</source>
        <translation>Incheckning per brickkategori</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="125"/>
        <source>{venue} · {days} · {tables} tables in {rooms} room(s) · {slots} slots</source>
        <translation>{venue} · {days} · {tables} bord i {rooms} rum · {slots} tidspass</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="126"/>
        <source>venue not set</source>
        <translation>plats ej angiven</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="138"/>
        <source>{orgs} organisations from {countries} countries</source>
        <translation>{orgs} organisationer från {countries} länder</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="142"/>
        <source>{p} still pending</source>
        <translation>{p} väntar fortfarande på svar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="146"/>
        <source>{share} of accepted · {unplaced} not placed · {state}</source>
        <translation>{share} av de accepterade · {unplaced} ej inplanerade · {state}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="149"/>
        <source>published</source>
        <translation>publicerat</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="149"/>
        <source>not published</source>
        <translation>inte publicerat</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="156"/>
        <source>expected on {day}</source>
        <translation>väntas {day}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="187"/>
        <source>Next: add attendees or import the registration spreadsheet (Attendees page).</source>
        <translation>Nästa steg: lägg till deltagare eller importera anmälningslistan (sidan Deltagare).</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="190"/>
        <source>Next: import or enter meeting requests (Requests page).</source>
        <translation>Nästa steg: importera eller registrera mötesförfrågningar (sidan Mötesförfrågningar).</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="193"/>
        <source>Next: {n} requests wait for an answer; accept or decline them on the Requests page.</source>
        <translation>Nästa steg: {n} förfrågningar väntar på svar; acceptera eller avböj dem på sidan Mötesförfrågningar.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="196"/>
        <source>Next: solve the schedule (Schedule page, F5).</source>
        <translation>Nästa steg: lägg schemat (sidan Schema, F5).</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="198"/>
        <source>Next: check the schedule, then publish it and print the agendas.</source>
        <translation>Nästa steg: granska schemat, publicera det och skriv ut mötesschemana.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/dashboard.py" line="200"/>
        <source>The schedule is published. Print badges and agendas, then run the check-in desk.</source>
        <translation>Schemat är publicerat. Skriv ut namnbrickor och mötesscheman och öppna sedan incheckningen.</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="95"/>
        <source>&amp;Attendees…</source>
        <translation>&amp;Deltagare…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="98"/>
        <source>&amp;Requests…</source>
        <translation>&amp;Förfrågningar…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="101"/>
        <source>&amp;Schedule…</source>
        <translation>&amp;Schema…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="105"/>
        <source>&amp;Calendars (iCalendar)…</source>
        <translation>&amp;Kalendrar (iCalendar)…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="110"/>
        <source>After-event &amp;report…</source>
        <translation>&amp;Rapport efter evenemanget…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="112"/>
        <source>The PDF report for the funder: meetings, outcomes, countries, sectors</source>
        <translation>PDF-rapporten till finansiären: möten, utfall, länder, branscher</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="115"/>
        <source>&amp;Export one person&apos;s data…</source>
        <translation>&amp;Exportera en persons uppgifter…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="117"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Säkerhetskopior…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="120"/>
        <source>Save a &amp;copy…</source>
        <translation>Spara en &amp;kopia…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="122"/>
        <source>Write the event as one new self-contained file</source>
        <translation>Skriv evenemanget som en ny, fristående fil</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="126"/>
        <source>Copy event to &amp;PostgreSQL or a file…</source>
        <translation>Kopiera evenemanget till &amp;PostgreSQL eller en fil…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="130"/>
        <source>Open database &amp;URL…</source>
        <translation>Öppna databas-&amp;URL…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="134"/>
        <source>Meeting &amp;outcome…</source>
        <translation>Mötets &amp;utfall…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="136"/>
        <source>Held or no-show, feedback and agreements of a meeting</source>
        <translation>Genomfört eller uteblev, återkoppling och avtal för ett möte</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="138"/>
        <source>&amp;Walk-in meeting…</source>
        <translation>&amp;Spontanmöte…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="178"/>
        <source>Replace the file?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="180"/>
        <source>{path} already exists and is a different kind of file. Replace it? Its contents will be lost.</source>
        <translation>{path} finns redan och är en annan sorts fil. Ersätta den? Innehållet går förlorat.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="195"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Avbrutet; ingenting skrevs.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="203"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="221"/>
        <source>Exporting calendars</source>
        <translation>Exporterar kalendrar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="230"/>
        <source>Wrote {files} calendar file(s) with {meetings} meeting(s) to {folder}.</source>
        <translation>Skrev {files} kalenderfil(er) med {meetings} möte(n) till {folder}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="237"/>
        <source>Exporting</source>
        <translation>Exporterar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="248"/>
        <source>Wrote {rows} row(s) to {path}, with full contact details for the organiser only.</source>
        <translation>Skrev {rows} rad(er) till {path}, med alla kontaktuppgifter, endast för arrangören.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="252"/>
        <source>Wrote {rows} row(s) to {path}, safe to share.</source>
        <translation>Skrev {rows} rad(er) till {path}, säker att dela.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="266"/>
        <source>Save the after-event report</source>
        <translation>Spara rapporten efter evenemanget</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="268"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="277"/>
        <source>Writing the report</source>
        <translation>Skriver rapporten</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="286"/>
        <source>Wrote {path}: {meetings} meetings, {held} held, {no_show} no-shows, {agreements} agreements.</source>
        <translation>Skrev {path}: {meetings} möten, {held} genomförda, {no_show} uteblivna, {agreements} avtal.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="316"/>
        <source>Exporting one person&apos;s data</source>
        <translation>Exporterar en persons uppgifter</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="319"/>
        <source>Wrote everything stored about attendee {id} to {path}.</source>
        <translation>Skrev allt som är lagrat om deltagare {id} till {path}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="357"/>
        <source>Backed up to {path}.</source>
        <translation>Säkerhetskopierat till {path}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="361"/>
        <source>Backing up</source>
        <translation>Säkerhetskopierar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="376"/>
        <source>Restore the backup?</source>
        <translation>Återställa säkerhetskopian?</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="378"/>
        <source>Replace what {event} holds now with the backup {backup}? What it holds now is backed up first. The event is closed and opened again.</source>
        <translation>Ersätta det som {event} innehåller nu med säkerhetskopian {backup}? Det nuvarande innehållet säkerhetskopieras först. Evenemanget stängs och öppnas igen.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="390"/>
        <source>Restored {event} from {backup}.</source>
        <translation>Återställde {event} från {backup}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="394"/>
        <source>What it held before is kept in {path}.</source>
        <translation>Det tidigare innehållet finns kvar i {path}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="402"/>
        <source>Restoring a backup</source>
        <translation>Återställer en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="419"/>
        <source>Save a copy of the event</source>
        <translation>Spara en kopia av evenemanget</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="421"/>
        <source>Event files (*.sqlite)</source>
        <translation>Evenemangsfiler (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="429"/>
        <source>Saving a copy</source>
        <translation>Sparar en kopia</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="432"/>
        <source>Saved a copy of the event as {path}.</source>
        <translation>Sparade en kopia av evenemanget som {path}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="465"/>
        <source>Copied the event to {where}.</source>
        <translation>Kopierade evenemanget till {where}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="482"/>
        <source>Copying the event</source>
        <translation>Kopierar evenemanget</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="484"/>
        <source>Copying the event to {where}…</source>
        <translation>Kopierar evenemanget till {where}…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="492"/>
        <source>Open database URL</source>
        <translation>Öppna databas-URL</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/data_actions.py" line="493"/>
        <source>PostgreSQL URL of the event, e.g. postgresql://brokerage@HOST/event:</source>
        <translation>Evenemangets PostgreSQL-URL, t.ex. postgresql://brokerage@HOST/event:</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="91"/>
        <source>The event</source>
        <translation>Evenemanget</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="92"/>
        <source>What delegates will see on badges and agendas.</source>
        <translation>Det som deltagarna ser på namnbrickor och mötesscheman.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="94"/>
        <source>e.g. Health Brokerage Days 2027</source>
        <translation>t.ex. Health Brokerage Days 2027</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="96"/>
        <source>e.g. Malmö Live Congress Centre, Malmö</source>
        <translation>t.ex. Malmö Live Konserthus, Malmö</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="104"/>
        <source>Event name *</source>
        <translation>Evenemangets namn *</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="105"/>
        <source>Venue</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="106"/>
        <source>Time zone</source>
        <translation>Tidszon</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="107"/>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="108"/>
        <source>Organiser e-mail</source>
        <translation>Arrangörens e-post</translation>
    </message>
</context>
<context>
    <name>EventProblems</name>
    <message>
        <location filename="../../brokerage_app/ui/event_problems.py" line="22"/>
        <source>cannot read it ({reason}).</source>
        <translation>den går inte att läsa ({reason}).</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/event_problems.py" line="26"/>
        <source>it is {size} MB; the most is {limit} MB.</source>
        <translation>den är {size} MB; högst {limit} MB går.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/event_problems.py" line="30"/>
        <source>it is a {kind} image; use PNG or JPEG.</source>
        <translation>den är en {kind}-bild; använd PNG eller JPEG.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/event_problems.py" line="34"/>
        <source>it is not a readable PNG or JPEG image.</source>
        <translation>den är ingen läsbar PNG- eller JPEG-bild.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/event_problems.py" line="38"/>
        <source>Venue map {path}: {reason}</source>
        <translation>Karta över lokalen {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/event_problems.py" line="41"/>
        <source>Venue map: {reason}</source>
        <translation>Karta över lokalen: {reason}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/event_problems.py" line="57"/>
        <source>Event name: must not be empty.</source>
        <translation>Evenemangets namn: får inte vara tomt.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/event_problems.py" line="59"/>
        <source>Time zone: &apos;{zone}&apos; is not a time zone such as Europe/Stockholm.</source>
        <translation>Tidszon: &apos;{zone}&apos; är ingen tidszon som Europe/Stockholm.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/event_problems.py" line="63"/>
        <source>Tables: at least one table is needed.</source>
        <translation>Bord: minst ett bord behövs.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/event_problems.py" line="65"/>
        <source>Days: add at least one day.</source>
        <translation>Dagar: lägg till minst en dag.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/event_problems.py" line="67"/>
        <source>Day {day}: the date appears twice.</source>
        <translation>Dag {day}: datumet finns två gånger.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/event_problems.py" line="71"/>
        <source>Day {day}: add at least one session.</source>
        <translation>Dag {day}: lägg till minst ett mötespass.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/event_problems.py" line="75"/>
        <source>Day {day}, session {session}: ends at or before it starts.</source>
        <translation>Dag {day}, mötespass {session}: slutar innan eller när det börjar.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/event_problems.py" line="79"/>
        <source>Day {day}, session {session}: slot length must be {low} to {high} minutes.</source>
        <translation>Dag {day}, mötespass {session}: mötestiden måste vara {low} till {high} minuter.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/event_problems.py" line="84"/>
        <source>Day {day}, session {session}, break &apos;{name}&apos;: ends at or before it starts.</source>
        <translation>Dag {day}, mötespass {session}, paus &apos;{name}&apos;: slutar innan eller när den börjar.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/event_problems.py" line="89"/>
        <source>Day {day}, session {session}: too short for one {minutes}-minute slot.</source>
        <translation>Dag {day}, mötespass {session}: för kort för en mötestid på {minutes} minuter.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/event_problems.py" line="94"/>
        <source>Day {day}: sessions {a} and {b} overlap.</source>
        <translation>Dag {day}: mötespass {a} och {b} överlappar.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/event_problems.py" line="98"/>
        <source>Tables: number {number} appears twice.</source>
        <translation>Bord: nummer {number} finns två gånger.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/event_problems.py" line="102"/>
        <source>Tables: numbers start at 1.</source>
        <translation>Bord: numren börjar på 1.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/event_problems.py" line="104"/>
        <source>Tables: an exhibitor can own one booth only.</source>
        <translation>Bord: en utställare kan bara ha en egen monter.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/event_problems.py" line="108"/>
        <source>Table {number}: no room named &apos;{room}&apos;.</source>
        <translation>Bord {number}: inget rum heter &apos;{room}&apos;.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/event_problems.py" line="111"/>
        <source>Rooms: a room name appears twice.</source>
        <translation>Rum: ett rumsnamn finns två gånger.</translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="55"/>
        <source>Event settings</source>
        <translation>Evenemangsinställningar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="68"/>
        <source>Several rooms: separate them with commas.</source>
        <translation>Flera rum: skilj dem åt med kommatecken.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="70"/>
        <source>Event name *</source>
        <translation>Evenemangets namn *</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="71"/>
        <source>Venue</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="72"/>
        <source>Time zone</source>
        <translation>Tidszon</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="73"/>
        <source>Rooms</source>
        <translation>Rum</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="78"/>
        <source>Choose image…</source>
        <translation>Välj bild…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="80"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="86"/>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="180"/>
        <source>Venue map</source>
        <translation>Karta över lokalen</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="97"/>
        <source>Add day</source>
        <translation>Lägg till dag</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="99"/>
        <source>Remove day</source>
        <translation>Ta bort dag</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="103"/>
        <source>Add session</source>
        <translation>Lägg till mötespass</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="105"/>
        <source>Remove session</source>
        <translation>Ta bort mötespass</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="111"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="121"/>
        <source>Days and sessions</source>
        <translation>Dagar och mötespass</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="135"/>
        <source>Add table</source>
        <translation>Lägg till bord</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="137"/>
        <source>Remove table</source>
        <translation>Ta bort bord</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="143"/>
        <source>Tables</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="153"/>
        <source>A meeting whose day and start time still exist keeps its place; the others turn red on the Schedule page until you re-solve or move them. Undo (Ctrl+Z) puts everything back.</source>
        <translation>Ett möte vars dag och starttid finns kvar behåller sin plats; de andra blir röda på sidan Schema tills du lägger schemat igen eller flyttar dem. Ångra (Ctrl+Z) återställer allt.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="180"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="197"/>
        <source>An image of {kb} KB, printed on the last page of every agenda</source>
        <translation>En bild på {kb} kB, skrivs ut på sista sidan av varje mötesschema</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="201"/>
        <source>None: agendas print no map</source>
        <translation>Ingen: mötesscheman skrivs ut utan karta</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="239"/>
        <source>The event already has that day.</source>
        <translation>Evenemanget har redan den dagen.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/event_settings.py" line="279"/>
        <source>— shared table —</source>
        <translation>— delat bord —</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="135"/>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="161"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="139"/>
        <source>Attendees (spreadsheet)</source>
        <translation>Deltagare (kalkylblad)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="140"/>
        <source>Meeting requests (spreadsheet)</source>
        <translation>Mötesförfrågningar (kalkylblad)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="141"/>
        <source>Schedule (spreadsheet)</source>
        <translation>Schema (kalkylblad)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="142"/>
        <source>Calendars: one iCalendar file per attendee</source>
        <translation>Kalendrar: en iCalendar-fil per deltagare</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="146"/>
        <source>Export to</source>
        <translation>Exportera till</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="146"/>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Kalkylblad (*.xlsx *.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="149"/>
        <source>Full export for the organiser: every e-mail and phone, and people not listed</source>
        <translation>Fullständig export för arrangören: alla e-postadresser och telefonnummer, och personer som inte listas</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="155"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="156"/>
        <source>Save to</source>
        <translation>Spara till</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="179"/>
        <source>One .ics file per attendee with meetings, into this folder. A counterpart&apos;s e-mail and phone appear only with their consent.</source>
        <translation>En .ics-fil per deltagare med möten, i den här mappen. Motpartens e-post och telefon visas bara med deras samtycke.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="185"/>
        <source>For the organiser&apos;s own desk or to import again: do not share it.</source>
        <translation>För arrangörens eget bord eller för att importera igen: dela den inte.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="190"/>
        <source>Safe to share: contact details only with consent, only people who agreed to be listed. A name ending in .csv writes CSV, .xlsx an Excel workbook.</source>
        <translation>Säker att dela: kontaktuppgifter bara med samtycke, bara personer som gått med på att listas. Ett namn som slutar på .csv skriver CSV, .xlsx en Excel-arbetsbok.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="71"/>
        <source>external ID</source>
        <translation>externt ID</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="72"/>
        <source>honorific (Dr, Prof.)</source>
        <translation>titel (Dr, Prof.)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="73"/>
        <source>first name</source>
        <translation>förnamn</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="74"/>
        <source>last name</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="75"/>
        <source>full name</source>
        <translation>fullständigt namn</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="76"/>
        <source>name on badge</source>
        <translation>namn på namnbricka</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="77"/>
        <source>job title</source>
        <translation>befattning</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="78"/>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="79"/>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="80"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="81"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="82"/>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="83"/>
        <source>badge category</source>
        <translation>brickkategori</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="84"/>
        <source>max meetings</source>
        <translation>max antal möten</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="85"/>
        <source>arrival</source>
        <translation>ankomst</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="86"/>
        <source>attending days</source>
        <translation>närvarodagar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="87"/>
        <source>departure</source>
        <translation>avresa</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="88"/>
        <source>consent: share contact</source>
        <translation>samtycke: dela kontaktuppgifter</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="89"/>
        <source>consent: public list</source>
        <translation>samtycke: offentlig lista</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="90"/>
        <source>consent: photos</source>
        <translation>samtycke: foton</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="91"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="92"/>
        <source>organisation external ID</source>
        <translation>organisationens externa ID</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="95"/>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="96"/>
        <source>organisation type</source>
        <translation>organisationstyp</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="97"/>
        <source>sector</source>
        <translation>bransch</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="98"/>
        <source>website</source>
        <translation>webbplats</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="99"/>
        <source>requester</source>
        <translation>förfrågare</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="100"/>
        <source>requested</source>
        <translation>tillfrågad</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="101"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="102"/>
        <source>priority</source>
        <translation>prioritet</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="103"/>
        <source>note</source>
        <translation>notering</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="104"/>
        <source>blocked slots</source>
        <translation>blockerade tider</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="23"/>
        <source>{file}, row {row}</source>
        <translation>{file}, rad {row}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="27"/>
        <source>{file}, row {row}, column {column}</source>
        <translation>{file}, rad {row}, kolumn {column}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="30"/>
        <source>{file}, row {row}, column &apos;{heading}&apos; ({column})</source>
        <translation>{file}, rad {row}, kolumn &apos;{heading}&apos; ({column})</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="42"/>
        <source>no such file.</source>
        <translation>filen finns inte.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="44"/>
        <source>the file is {size} MB; files up to {limit} MB can be imported. Split it into smaller files.</source>
        <translation>filen är {size} MB; filer på upp till {limit} MB kan importeras. Dela upp den i mindre filer.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="50"/>
        <source>the file is empty.</source>
        <translation>filen är tom.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="52"/>
        <source>unknown file type &apos;{suffix}&apos;; import .csv or .xlsx files.</source>
        <translation>okänd filtyp &apos;{suffix}&apos;; importera .csv- eller .xlsx-filer.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="56"/>
        <source>cannot tell the text encoding; save the file as UTF-8 CSV or XLSX.</source>
        <translation>kan inte avgöra textens teckenkodning; spara filen som UTF-8-CSV eller XLSX.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="60"/>
        <source>bytes that are not {encoding} text ({reason}); save the file as UTF-8.</source>
        <translation>byte som inte är {encoding}-text ({reason}); spara filen som UTF-8.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="65"/>
        <source>a quote (&quot;) opens a cell that is never closed, so the rest of the file would be one cell. Add the closing quote, or remove the stray one.</source>
        <translation>ett citattecken (&quot;) öppnar en cell som aldrig stängs, så resten av filen skulle bli en enda cell. Lägg till det avslutande citattecknet, eller ta bort det som blivit över.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="71"/>
        <source>text follows the closing quote of a cell (a quote inside a quoted cell must be doubled: &quot;&quot; ), or a quote opened in an earlier cell was never closed.</source>
        <translation>text står efter det avslutande citattecknet i en cell (ett citattecken inne i en cell med citattecken måste skrivas dubbelt: &quot;&quot; ), eller så stängdes aldrig ett citattecken som öppnades i en tidigare cell.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="77"/>
        <source>cannot read the row ({reason}).</source>
        <translation>kan inte läsa raden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="81"/>
        <source>a cell is longer than {limit} characters; this is not a registration list (is a quote missing?).</source>
        <translation>en cell är längre än {limit} tecken; det här är ingen anmälningslista (saknas ett citattecken?).</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="87"/>
        <source>the cell holds {count} characters; at most {limit} are accepted (is a quote missing?).</source>
        <translation>cellen innehåller {count} tecken; högst {limit} accepteras (saknas ett citattecken?).</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="93"/>
        <source>the workbook unpacks to {size} MB; workbooks up to {limit} MB unpacked can be imported.</source>
        <translation>arbetsboken packas upp till {size} MB; arbetsböcker på upp till {limit} MB uppackade kan importeras.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="99"/>
        <source>not a valid XLSX file (not a zip archive, or a damaged one).</source>
        <translation>ingen giltig XLSX-fil (inget zip-arkiv, eller ett skadat).</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="103"/>
        <source>cannot open the workbook ({reason}).</source>
        <translation>kan inte öppna arbetsboken ({reason}).</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="107"/>
        <source>the workbook holds more than {limit} different texts; at most {limit} cells can be imported. Split the file.</source>
        <translation>arbetsboken innehåller fler än {limit} olika texter; högst {limit} celler kan importeras. Dela upp filen.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="113"/>
        <source>the sheet has {count} rows ({used}); files up to {limit} rows can be imported. Split it into smaller files.</source>
        <translation>bladet har {count} rader ({used}); filer på upp till {limit} rader kan importeras. Dela upp den i mindre filer.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="119"/>
        <source>the sheet has at least {count} rows; files up to {limit} rows can be imported. Split it into smaller files.</source>
        <translation>bladet har minst {count} rader; filer på upp till {limit} rader kan importeras. Dela upp den i mindre filer.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="125"/>
        <source>the sheet&apos;s used range {used} holds {count} cells; at most {limit} can be imported. Delete unused columns and rows (or export only the columns you need), or split the file.</source>
        <translation>bladets använda område {used} rymmer {count} celler; högst {limit} kan importeras. Ta bort oanvända kolumner och rader (eller exportera bara de kolumner du behöver), eller dela upp filen.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="132"/>
        <source>the workbook was already closed.</source>
        <translation>arbetsboken var redan stängd.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="134"/>
        <source>the sheet is damaged near row {row} ({reason}); open and re-save it in Excel, or export it as CSV.</source>
        <translation>bladet är skadat nära rad {row} ({reason}); öppna och spara om det i Excel, eller exportera det som CSV.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="140"/>
        <source>more than {limit} rows (row {row} is past the limit); files up to {limit} rows can be imported. Split it into smaller files.</source>
        <translation>fler än {limit} rader (rad {row} är över gränsen); filer på upp till {limit} rader kan importeras. Dela upp den i mindre filer.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="146"/>
        <source>more than {limit} cells (rows x columns); at most {limit} can be imported. Delete unused columns, or split the file.</source>
        <translation>fler än {limit} celler (rader x kolumner); högst {limit} kan importeras. Ta bort oanvända kolumner, eller dela upp filen.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="152"/>
        <source>the file has no heading row and no data.</source>
        <translation>filen har ingen rubrikrad och inga data.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="156"/>
        <source>the column heading &apos;{heading}&apos; appears twice (columns {a} and {b}); rename one of them.</source>
        <translation>kolumnrubriken &apos;{heading}&apos; finns två gånger (kolumn {a} och {b}); byt namn på en av dem.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="165"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="175"/>
        <source>{path} is the open event file or one of its own files; choose another file name. Nothing was written.</source>
        <translation>{path} är den öppna evenemangsfilen eller en av dess egna filer; välj ett annat filnamn. Ingenting skrevs.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="181"/>
        <source>{path} is inside the event&apos;s backups folder; choose another folder. Nothing was written.</source>
        <translation>{path} ligger i evenemangets mapp för säkerhetskopior; välj en annan mapp. Ingenting skrevs.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/file_problems.py" line="187"/>
        <source>{path} already exists and is a different kind of file; choose another file name. Nothing was written.</source>
        <translation>{path} finns redan och är en annan sorts fil; välj ett annat filnamn. Ingenting skrevs.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="88"/>
        <source>Import a spreadsheet</source>
        <translation>Importera ett kalkylark</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="99"/>
        <source>Choose file…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="105"/>
        <source>Attendees (one row per person)</source>
        <translation>Deltagare (en rad per person)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="106"/>
        <source>Meeting requests (requester, requested)</source>
        <translation>Mötesförfrågningar (avsändare, mottagare)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="108"/>
        <source>The pairs are already agreed (import as accepted)</source>
        <translation>Paren är redan överenskomna (importera som accepterade)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="109"/>
        <source>Leave out rows with problems and import the rest</source>
        <translation>Hoppa över rader med problem och importera resten</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="111"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="112"/>
        <source>Contains</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="116"/>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="116"/>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="124"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="124"/>
        <source>Value in the file</source>
        <translation>Värde i filen</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="124"/>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="124"/>
        <source>Becomes</source>
        <translation>Blir</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="149"/>
        <source>Value mapping (what each word in the file becomes):</source>
        <translation>Värdemappning (vad varje ord i filen blir):</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="153"/>
        <source>Choose a file, then press Check.</source>
        <translation>Välj en fil och tryck sedan på Kontrollera.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="158"/>
        <source>Load mapping…</source>
        <translation>Läs in mappning…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="160"/>
        <source>Save mapping…</source>
        <translation>Spara mappning…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="162"/>
        <source>Check</source>
        <translation>Kontrollera</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="164"/>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="313"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="168"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="144"/>
        <source>Column mapping (recognised automatically; adjust if needed):</source>
        <translation>Kolumnmatchning (känns igen automatiskt; justera vid behov):</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="193"/>
        <source>Spreadsheet</source>
        <translation>Kalkylark</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="193"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
        <translation>Kalkylark (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="212"/>
        <source>The mapping changed: press Check to see what it imports.</source>
        <translation>Mappningen har ändrats: tryck Kontrollera för att se vad den importerar.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="245"/>
        <source>Load a mapping</source>
        <translation>Läs in en mappning</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="245"/>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="267"/>
        <source>Mappings (*.json)</source>
        <translation>Mappningar (*.json)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="263"/>
        <source>Save mapping</source>
        <translation>Spara mappning</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="263"/>
        <source>Press Check first.</source>
        <translation>Tryck Kontrollera först.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="267"/>
        <source>Save the mapping</source>
        <translation>Spara mappningen</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="313"/>
        <source>Choose an existing file first.</source>
        <translation>Välj först en befintlig fil.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="319"/>
        <source>Checking {name}…</source>
        <translation>Kontrollerar {name}…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="352"/>
        <source>The mapping is the one used last time for a file with these headings.</source>
        <translation>Mappningen är den som användes förra gången för en fil med dessa rubriker.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="365"/>
        <source>Importing changes stored values: {changes}.</source>
        <translation>Importen ändrar sparade värden: {changes}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="389"/>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="339"/>
        <source>{rows} rows ({format}, {encoding}): {create} new, {update} updated, {orgs} new organisations. {problems} problem(s).</source>
        <translation>{rows} rader ({format}, {encoding}): {create} nya, {update} uppdaterade, {orgs} nya organisationer. {problems} problem.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="287"/>
        <source>Cancelled; nothing was stored.</source>
        <translation>Avbrutet; inget sparades.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="358"/>
        <source>1 column is not imported: {columns}.</source>
        <translation>1 kolumn importeras inte: {columns}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="360"/>
        <source>{n} columns are not imported: {columns}.</source>
        <translation>{n} kolumner importeras inte: {columns}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="411"/>
        <source>(not recognised: choose)</source>
        <translation>(okänt: välj)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="448"/>
        <source>day {n} ({date})</source>
        <translation>dag {n} ({date})</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="461"/>
        <source>every day</source>
        <translation>alla dagar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="463"/>
        <source>only {day}</source>
        <translation>bara {day}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="472"/>
        <source>attendees</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="473"/>
        <source>organisations</source>
        <translation>organisationer</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="474"/>
        <source>requests</source>
        <translation>förfrågningar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="480"/>
        <source>{count} {entity}, {field}: {examples}</source>
        <translation>{count} {entity}, {field}: {examples}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="494"/>
        <source>… and {n} more fields</source>
        <translation>… och {n} fält till</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="498"/>
        <source>Change stored values?</source>
        <translation>Ändra sparade värden?</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="499"/>
        <source>This import changes what is stored for people already in the event:</source>
        <translation>Den här importen ändrar det som är sparat för personer som redan finns i evenemanget:</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="503"/>
        <source>Import and change them?</source>
        <translation>Importera och ändra dem?</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="519"/>
        <source>Importing {name}…</source>
        <translation>Importerar {name}…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="549"/>
        <source>Import finished</source>
        <translation>Importen är klar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/import_dialog.py" line="536"/>
        <source>{created} created, {updated} updated, {skipped} rows left out, {orgs} organisations created.</source>
        <translation>{created} skapade, {updated} uppdaterade, {skipped} rader överhoppade, {orgs} organisationer skapade.</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="27"/>
        <source>{text} is not yes or no.</source>
        <translation>{text} är inte ja eller nej.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="31"/>
        <source>{text} is not a role; use buyer, seller or both.</source>
        <translation>{text} är ingen roll; använd köpare, säljare eller båda.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="35"/>
        <source>{text} is not a badge category; use one of {choices}.</source>
        <translation>{text} är ingen brickkategori; använd en av {choices}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="39"/>
        <source>{text} is not a request status; use one of {choices}.</source>
        <translation>{text} är ingen förfrågningsstatus; använd en av {choices}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="43"/>
        <source>{text} is not a priority; use {scale}, or High/Medium/Low.</source>
        <translation>{text} är ingen prioritet; använd {scale}, eller Hög/Medel/Låg.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="47"/>
        <source>{text} is not a whole number of 0 or more.</source>
        <translation>{text} är inget heltal från 0 och uppåt.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="51"/>
        <source>{text} is not a date and time; write it as 2027-05-11 09:00.</source>
        <translation>{text} är ingen tidpunkt; skriv den som 2027-05-11 09:00.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="55"/>
        <source>{text}: give the local time at the venue without a time zone.</source>
        <translation>{text}: ange lokal tid på platsen utan tidszon.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="59"/>
        <source>{text} is not a language; use a code such as en, sv or pl.</source>
        <translation>{text} är inget språk; använd en kod som en, sv eller pl.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="63"/>
        <source>{text} is not a known country; use a two-letter code such as SE.</source>
        <translation>{text} är inget känt land; använd en kod med två bokstäver som SE.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="67"/>
        <source>The event has no days yet: add its days before importing attendance.</source>
        <translation>Evenemanget har inga dagar ännu: lägg till dagarna innan du importerar närvaro.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="72"/>
        <source>{text}: the event has {days} day(s), so there is no day {number}.</source>
        <translation>{text}: evenemanget har {days} dag(ar), så det finns ingen dag {number}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="77"/>
        <source>{text} names none of the event&apos;s days; write &apos;Both days&apos;, &apos;Day 1 only&apos;, a date such as {date} or a weekday such as {weekday}.</source>
        <translation>{text} nämner ingen av evenemangets dagar; skriv &apos;Båda dagarna&apos;, &apos;Dag 1&apos;, ett datum som {date} eller en veckodag som {weekday}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="83"/>
        <source>{text} is not one of {choices}.</source>
        <translation>{text} är inte en av {choices}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="87"/>
        <source>{text} is not a list of dates such as 2027-05-11,2027-05-12.</source>
        <translation>{text} är ingen lista med datum som 2027-05-11,2027-05-12.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="91"/>
        <source>{date} is not a day of the event.</source>
        <translation>{date} är ingen dag i evenemanget.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="94"/>
        <source>{text} is not a priority; use {scale}.</source>
        <translation>{text} är ingen prioritet; använd {scale}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="108"/>
        <source>The value mapping turns {text} into &apos;{mapped}&apos;: {reason}</source>
        <translation>Värdemappningen gör {text} till &apos;{mapped}&apos;: {reason}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="113"/>
        <source>No column holds the names: add a column such as &apos;First name&apos; / &apos;Last name&apos; (or &apos;Förnamn&apos; / &apos;Efternamn&apos;), or map one. Columns: {columns}.</source>
        <translation>Ingen kolumn innehåller namnen: lägg till en kolumn som &apos;Förnamn&apos; / &apos;Efternamn&apos; (eller &apos;First name&apos; / &apos;Last name&apos;), eller mappa en. Kolumner: {columns}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="119"/>
        <source>No column for {fields}: add columns such as &apos;Requester&apos; and &apos;Requested&apos; holding email addresses or external IDs, or map them. Columns: {columns}.</source>
        <translation>Ingen kolumn för {fields}: lägg till kolumner som &apos;Requester&apos; och &apos;Requested&apos; med e-postadresser eller externa ID:n, eller mappa dem. Kolumner: {columns}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="125"/>
        <source>{count} characters is too long; at most {limit} fit.</source>
        <translation>{count} tecken är för långt; högst {limit} får plats.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="129"/>
        <source>The name is missing.</source>
        <translation>Namnet saknas.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="131"/>
        <source>{value} is not an email address.</source>
        <translation>{value} är ingen e-postadress.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="135"/>
        <source>The departure must be after the arrival.</source>
        <translation>Avresan måste vara efter ankomsten.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="139"/>
        <source>Duplicate person: external ID {value} is also on row {row}.</source>
        <translation>Dubblett: externt ID {value} finns också på rad {row}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="143"/>
        <source>Duplicate person: {email} is also on row {row}.</source>
        <translation>Dubblett: {email} finns också på rad {row}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="147"/>
        <source>Duplicate person: {email} belongs to another attendee (id {id}).</source>
        <translation>Dubblett: {email} tillhör en annan deltagare (id {id}).</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="151"/>
        <source>{email} belongs to {count} attendees; add an external ID column to tell them apart.</source>
        <translation>{email} tillhör {count} deltagare; lägg till en kolumn med externt ID för att skilja dem åt.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="156"/>
        <source>Duplicate person: {email} belongs to attendee {id}, whose external ID is &apos;{stored}&apos;, not {value}.</source>
        <translation>Dubblett: {email} tillhör deltagare {id}, vars externa ID är &apos;{stored}&apos;, inte {value}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="162"/>
        <source>Duplicate person: row {row} updates the same attendee.</source>
        <translation>Dubblett: rad {row} uppdaterar samma deltagare.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="166"/>
        <source>Unknown organisation: no organisation has the external ID {value} (give its name to create it).</source>
        <translation>Okänd organisation: ingen organisation har det externa ID:t {value} (ange dess namn för att skapa den).</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="172"/>
        <source>The organisation is missing; a new attendee needs one.</source>
        <translation>Organisationen saknas; en ny deltagare behöver en.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="176"/>
        <source>Unknown organisation: the file has no organisation column and this person is not in the event yet.</source>
        <translation>Okänd organisation: filen har ingen organisationskolumn och personen finns inte i evenemanget ännu.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="182"/>
        <source>Empty: give the attendee&apos;s email address or external ID.</source>
        <translation>Tom: ange deltagarens e-postadress eller externa ID.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="186"/>
        <source>{email} belongs to {count} attendees; use external IDs.</source>
        <translation>{email} tillhör {count} deltagare; använd externa ID:n.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="190"/>
        <source>Unknown attendee: nobody in the event has the email or external ID {value}.</source>
        <translation>Okänd deltagare: ingen i evenemanget har e-postadressen eller det externa ID:t {value}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="195"/>
        <source>Self-request: an attendee cannot ask to meet themselves.</source>
        <translation>Förfrågan till sig själv: en deltagare kan inte be att få träffa sig själv.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="199"/>
        <source>Duplicate request: row {row} is for the same two people.</source>
        <translation>Dubblett: rad {row} gäller samma två personer.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="202"/>
        <source>Duplicate request: the other person already asked for this meeting (request {id}).</source>
        <translation>Dubblett: den andra personen har redan bett om det här mötet (förfrågan {id}).</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="212"/>
        <source>Row {row}: {message}</source>
        <translation>Rad {row}: {message}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="215"/>
        <source>Row {row}, column {column}: {message}</source>
        <translation>Rad {row}, kolumn {column}: {message}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="227"/>
        <source>… and {n} more</source>
        <translation>… och {n} till</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/import_problems.py" line="231"/>
        <source>{file}: {count} problem(s) in {rows} row(s); nothing was imported. Fix the file, or leave out the rows with problems.</source>
        <translation>{file}: {count} problem på {rows} rad(er); inget importerades. Rätta filen, eller hoppa över raderna med problem.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../brokerage_app/ui/widgets/schedule_grid.py" line="208"/>
        <source>Ab</source>
        <translation>Ab</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../brokerage_app/ui/main_window.py" line="41"/>
        <location filename="../../brokerage_app/ui/main_window.py" line="193"/>
        <source>Brokerage App</source>
        <translation>Brokerage App</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/main_window.py" line="58"/>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/main_window.py" line="59"/>
        <source>Attendees</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/main_window.py" line="60"/>
        <source>Requests</source>
        <translation>Mötesförfrågningar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/main_window.py" line="61"/>
        <source>Schedule</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/main_window.py" line="62"/>
        <source>Print</source>
        <translation>Utskrifter</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/main_window.py" line="63"/>
        <source>Check-in</source>
        <translation>Incheckning</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/main_window.py" line="64"/>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/main_window.py" line="116"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/main_window.py" line="124"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/main_window.py" line="132"/>
        <source>&amp;Data protection</source>
        <translation>&amp;Dataskydd</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/main_window.py" line="138"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/main_window.py" line="143"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Schema</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/main_window.py" line="151"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/main_window.py" line="187"/>
        <source>{where} (read-only)</source>
        <translation>{where} (skrivskyddat)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/main_window.py" line="188"/>
        <source>{where} — Brokerage App</source>
        <translation>{where} — Brokerage App</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/main_window.py" line="211"/>
        <source>{task}: cancelled; nothing was changed.</source>
        <translation>{task}: avbrutet; inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/main_window.py" line="216"/>
        <source>Working…</source>
        <translation>Arbetar…</translation>
    </message>
</context>
<context>
    <name>MappingProblems</name>
    <message>
        <location filename="../../brokerage_app/ui/mapping_problems.py" line="14"/>
        <source>attendees</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/mapping_problems.py" line="15"/>
        <source>meeting requests</source>
        <translation>mötesförfrågningar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/mapping_problems.py" line="26"/>
        <source>Mapping file {file}: no such file.</source>
        <translation>Mappningsfilen {file}: filen finns inte.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/mapping_problems.py" line="31"/>
        <source>Mapping file {file}: not valid JSON (line {line}, column {column}).</source>
        <translation>Mappningsfilen {file}: inte giltig JSON (rad {line}, kolumn {column}).</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/mapping_problems.py" line="35"/>
        <source>Mapping file {file}: not valid JSON (it is not UTF-8 text).</source>
        <translation>Mappningsfilen {file}: inte giltig JSON (det är inte UTF-8-text).</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/mapping_problems.py" line="39"/>
        <source>Mapping file {file}: expected {{&quot;kind&quot;: &quot;attendees&quot;, &quot;columns&quot;: {{&quot;field&quot;: &quot;Column heading&quot;, ...}}}}.</source>
        <translation>Mappningsfilen {file}: väntade {{&quot;kind&quot;: &quot;attendees&quot;, &quot;columns&quot;: {{&quot;fält&quot;: &quot;Kolumnrubrik&quot;, ...}}}}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/mapping_problems.py" line="45"/>
        <source>Mapping file {file}: &quot;values&quot; must look like {{&quot;priority&quot;: {{&quot;Medium&quot;: &quot;2&quot;}}}}.</source>
        <translation>Mappningsfilen {file}: &quot;values&quot; ska se ut som {{&quot;priority&quot;: {{&quot;Medel&quot;: &quot;2&quot;}}}}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/mapping_problems.py" line="50"/>
        <source>Mapping file {file}: &apos;{name}&apos; has no value mapping; value fields of {kind} are {fields}.</source>
        <translation>Mappningsfilen {file}: &apos;{name}&apos; har ingen värdemappning; värdefälten för {kind} är {fields}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/mapping_problems.py" line="56"/>
        <source>Import kind: &apos;{kind}&apos; is not one of {kinds}.</source>
        <translation>Importtyp: &apos;{kind}&apos; är inte en av {kinds}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/mapping_problems.py" line="60"/>
        <source>The mapping is for {kind}, but {imported} are being imported from {source}.</source>
        <translation>Mappningen gäller {kind}, men det är {imported} som importeras från {source}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/mapping_problems.py" line="65"/>
        <source>Mapping: &apos;{name}&apos; is not a field of {kind}; fields are {fields}.</source>
        <translation>Mappning: &apos;{name}&apos; är inte ett fält för {kind}; fälten är {fields}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/mapping_problems.py" line="68"/>
        <source>Mapping: the column &apos;{heading}&apos; (for {field}) is not in {source}; its columns are {columns}.</source>
        <translation>Mappning: kolumnen &apos;{heading}&apos; (för {field}) finns inte i {source}; dess kolumner är {columns}.</translation>
    </message>
</context>
<context>
    <name>MeetingOutcomeDialog</name>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="446"/>
        <source>Not recorded</source>
        <translation>Inte registrerat</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="447"/>
        <source>Did not take place</source>
        <translation>Blev inte av</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="450"/>
        <source>Insufficient interest</source>
        <translation>Otillräckligt intresse</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="453"/>
        <source>Very informative, no cooperation planned</source>
        <translation>Mycket informativt, inget samarbete planerat</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="456"/>
        <source>Cooperation possible</source>
        <translation>Samarbete möjligt</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="481"/>
        <source>Meeting outcome</source>
        <translation>Mötets utfall</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="495"/>
        <source>An agreement was reached</source>
        <translation>Ett avtal ingicks</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="499"/>
        <source>Scan a badge</source>
        <translation>Skanna en bricka</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="501"/>
        <source>Mark their meeting held</source>
        <translation>Markera deras möte som genomfört</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="508"/>
        <source>Meeting number</source>
        <translation>Mötesnummer</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="510"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="511"/>
        <source>Feedback</source>
        <translation>Återkoppling</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="513"/>
        <source>Or both badges</source>
        <translation>Eller båda brickorna</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="514"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="539"/>
        <source>{a} and {b}, {when}, {table}</source>
        <translation>{a} och {b}, {when}, {table}</translation>
    </message>
</context>
<context>
    <name>NewEventWizard</name>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="49"/>
        <source>Morning</source>
        <translation>Förmiddag</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="50"/>
        <source>Afternoon</source>
        <translation>Eftermiddag</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="52"/>
        <source>Coffee</source>
        <translation>Kaffe</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="61"/>
        <source>{where}: {text} is not a time such as 09:00.</source>
        <translation>{where}: {text} är ingen tid som 09:00.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="73"/>
        <source>{where}: {text} is not a break such as 10:40-11:00 Coffee.</source>
        <translation>{where}: {text} är ingen paus som 10:40-11:00 Kaffe.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="78"/>
        <source>Break</source>
        <translation>Paus</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="358"/>
        <source>Event file: choose where to save the event.</source>
        <translation>Evenemangsfil: välj var evenemanget ska sparas.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="361"/>
        <source>Event file: {path} already exists; choose a new name.</source>
        <translation>Evenemangsfil: {path} finns redan; välj ett nytt namn.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="365"/>
        <source>Event file: the folder {folder} does not exist.</source>
        <translation>Evenemangsfil: mappen {folder} finns inte.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="192"/>
        <source>{day}, session {n}: {minutes} minutes are neither a slot nor a break.</source>
        <translation>{day}, mötespass {n}: {minutes} minuter är varken mötestid eller paus.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="323"/>
        <source>New event</source>
        <translation>Nytt evenemang</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="102"/>
        <source>New meeting request</source>
        <translation>Ny mötesförfrågan</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="119"/>
        <source>Requester</source>
        <translation>Avsändare</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="120"/>
        <source>Wants to meet</source>
        <translation>Vill träffa</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="121"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="122"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="123"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>OccupancyOverview</name>
    <message>
        <location filename="../../brokerage_app/ui/widgets/schedule_grid.py" line="93"/>
        <source>Occupancy of every slot and table; click to jump there.</source>
        <translation>Beläggning för varje pass och bord; klicka för att hoppa dit.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/widgets/schedule_grid.py" line="187"/>
        <source>Table {n}</source>
        <translation>Bord {n}</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="147"/>
        <source>OFFLINE — the server does not answer. This station checks badges on its own and sends its scans by itself when the server is back. Waiting to sync: {n}</source>
        <translation>OFFLINE — servern svarar inte. Den här stationen kontrollerar namnbrickor på egen hand och skickar sina skanningar av sig själv när servern är tillbaka. Väntar på synkning: {n}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="152"/>
        <source>Back online: sending the scans to the server… Waiting to sync: {n}</source>
        <translation>Online igen: skickar skanningarna till servern… Väntar på synkning: {n}</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="373"/>
        <source>Edit organisation</source>
        <translation>Redigera organisation</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="373"/>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="385"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="386"/>
        <source>Country (ISO code)</source>
        <translation>Land (ISO-kod)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="387"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="388"/>
        <source>Sector</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/people.py" line="389"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../brokerage_app/ui/pages/base.py" line="79"/>
        <source>Loading {page}</source>
        <translation>Läser in {page}</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="93"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
</context>
<context>
    <name>PeopleProblems</name>
    <message>
        <location filename="../../brokerage_app/ui/people_problems.py" line="17"/>
        <source>Name: first or last name is needed.</source>
        <translation>Namn: för- eller efternamn behövs.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/people_problems.py" line="19"/>
        <source>Email: &apos;{email}&apos; is not an email address.</source>
        <translation>E-post: &apos;{email}&apos; är ingen e-postadress.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/people_problems.py" line="23"/>
        <source>Max meetings: must be 0 or more.</source>
        <translation>Max antal möten: måste vara 0 eller fler.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/people_problems.py" line="25"/>
        <source>Departure: must be after arrival.</source>
        <translation>Avresa: måste vara efter ankomsten.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/people_problems.py" line="27"/>
        <source>Organisation name: must not be empty.</source>
        <translation>Organisationens namn: får inte vara tomt.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/people_problems.py" line="29"/>
        <source>Country: &apos;{country}&apos; is not a two-letter ISO code such as SE.</source>
        <translation>Land: &apos;{country}&apos; är ingen ISO-kod med två bokstäver som SE.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/people_problems.py" line="33"/>
        <source>Blocked slots: no slot with id {id}.</source>
        <translation>Blockerade pass: inget pass har id {id}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/people_problems.py" line="37"/>
        <source>Days: {day} is not a day of the event.</source>
        <translation>Dagar: {day} är inte en dag under evenemanget.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/people_problems.py" line="41"/>
        <source>{name} (id {id}) has {n} scheduled meeting(s); delete with the cascade option to remove them too.</source>
        <translation>{name} (id {id}) har {n} schemalagda möte(n); välj att ta bort mötena också för att ta bort deltagaren.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/people_problems.py" line="47"/>
        <source>{name} (id {id}) still has {n} attendee(s); move or delete them first.</source>
        <translation>{name} (id {id}) har fortfarande {n} deltagare; flytta eller ta bort dem först.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/people_problems.py" line="52"/>
        <source>No attendee with id {id}.</source>
        <translation>Ingen deltagare har id {id}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/people_problems.py" line="55"/>
        <source>No organisation with id {id}.</source>
        <translation>Ingen organisation har id {id}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/people_problems.py" line="70"/>
        <source>{name} (id {id}): {problems}</source>
        <translation>{name} (id {id}): {problems}</translation>
    </message>
</context>
<context>
    <name>PersonBox</name>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="392"/>
        <source>Type a name or organisation</source>
        <translation>Skriv ett namn eller en organisation</translation>
    </message>
</context>
<context>
    <name>PersonExportDialog</name>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="409"/>
        <source>Export one person&apos;s data</source>
        <translation>Exportera en persons uppgifter</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="411"/>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="424"/>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="411"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="416"/>
        <source>For a subject-access request: profile, organisation, requests, meetings, check-ins and audit entries of this person.</source>
        <translation>För en begäran om registerutdrag: personens profil, organisation, förfrågningar, möten, incheckningar och loggposter.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="423"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="428"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
</context>
<context>
    <name>PlaceByHandDialog</name>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/place_by_hand.py" line="43"/>
        <source>Place by hand</source>
        <translation>Placera för hand</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/place_by_hand.py" line="49"/>
        <source>{what} fits in {cells} cells, in {slots} of {all} slots.</source>
        <translation>{what} får plats i {cells} rutor, i {slots} av {all} pass.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/place_by_hand.py" line="53"/>
        <source>{what} fits in no free cell: see the reasons below.</source>
        <translation>{what} får inte plats i någon ledig ruta: se skälen nedan.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/place_by_hand.py" line="66"/>
        <source>{when} — {n} table(s) free</source>
        <translation>{when} — {n} bord lediga</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/place_by_hand.py" line="78"/>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/place_by_hand.py" line="82"/>
        <source>Place here</source>
        <translation>Placera här</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/place_by_hand.py" line="110"/>
        <source>No table in this slot.</source>
        <translation>Inget bord i det här passet.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/place_by_hand.py" line="113"/>
        <source>No free table: each one is taken or another exhibitor&apos;s booth.</source>
        <translation>Inget ledigt bord: vart och ett är upptaget eller en annan utställares monter.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/place_by_hand.py" line="121"/>
        <source>Table {n}</source>
        <translation>Bord {n}</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="128"/>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="395"/>
        <source>Print</source>
        <translation>Utskrifter</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="168"/>
        <source>Skip labels already used on the first sheet</source>
        <translation>Hoppa över etiketter som redan använts på första arket</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="169"/>
        <source>Cut marks</source>
        <translation>Skärmärken</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="171"/>
        <source>Job title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="172"/>
        <source>Honorific (Dr, Prof.)</source>
        <translation>Akademisk titel (Dr, Prof.)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="177"/>
        <source>None (office printer)</source>
        <translation>Ingen (kontorsskrivare)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="179"/>
        <source>For a print shop: each badge on its own page with bleed and crop marks</source>
        <translation>För ett tryckeri: varje namnbricka på en egen sida med utfall och skärmärken</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="181"/>
        <source>Custom layout…</source>
        <translation>Egen layout…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="183"/>
        <source>One PDF per attendee (for e-mailing)</source>
        <translation>En PDF per deltagare (för e-post)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="184"/>
        <source>Two-sided: every agenda starts on a new sheet</source>
        <translation>Dubbelsidigt: varje mötesschema börjar på ett nytt ark</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="187"/>
        <source>Adds a blank page after each agenda with an odd number of pages.</source>
        <translation>Lägger till en tom sida efter varje mötesschema med ett udda antal sidor.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="189"/>
        <source>Meetings only (leave free slots out)</source>
        <translation>Bara möten (utan lediga tider)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="190"/>
        <source>Only agendas changed since the last print</source>
        <translation>Bara mötesscheman som ändrats sedan senaste utskriften</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="193"/>
        <source>Agendas whose meetings, tables, times or people changed since they were last printed or saved, and those never printed.</source>
        <translation>Mötesscheman vars möten, bord, tider eller personer har ändrats sedan de senast skrevs ut eller sparades, och de som aldrig skrivits ut.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="205"/>
        <source>Everyone — or type names, organisations, countries</source>
        <translation>Alla — eller sök namn, organisation, land</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="212"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="213"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="217"/>
        <source>right</source>
        <translation>höger</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="219"/>
        <source>down</source>
        <translation>nedåt</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="231"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="233"/>
        <source>Order</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="234"/>
        <source>Also print</source>
        <translation>Skriv även ut</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="235"/>
        <source>Printer offset</source>
        <translation>Förskjutning</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="236"/>
        <source>Start at label</source>
        <translation>Börja på etikett</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="238"/>
        <source>Bleed</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="246"/>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="248"/>
        <source>Print… (Ctrl+P)</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="250"/>
        <source>Save PDF…</source>
        <translation>Spara PDF…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="280"/>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="310"/>
        <source>Press Preview to see the pages before you print.</source>
        <translation>Tryck på Förhandsgranska för att se sidorna innan du skriver ut.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="351"/>
        <source>One sheet per table.</source>
        <translation>Ett blad per bord.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="354"/>
        <source>One tent per table and one door sign per room.</source>
        <translation>En bordsskylt per bord och en dörrskylt per rum.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="358"/>
        <source>{n} attendee(s)</source>
        <translation>{n} deltagare</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="395"/>
        <source>Nobody matches “Who”.</source>
        <translation>Ingen matchar ”Vem”.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="412"/>
        <source>{title} {done} of {total}</source>
        <translation>{title} {done} av {total}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="336"/>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="437"/>
        <source>Making the preview…</source>
        <translation>Skapar förhandsgranskningen…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="130"/>
        <source>Badges, personal agendas, table sheets and table signs, as PDF or straight to a printer.</source>
        <translation>Namnbrickor, personliga mötesscheman, bordsblad och bordsskyltar, som PDF eller direkt till skrivaren.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="450"/>
        <source>Page {n}</source>
        <translation>Sida {n}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="456"/>
        <source>{pages} page(s); showing the first {shown}.</source>
        <translation>{pages} sidor totalt; de första {shown} visas.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="460"/>
        <source>{pages} page(s).</source>
        <translation>Sidor: {pages}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="489"/>
        <source>Writing {name}…</source>
        <translation>Skriver {name}…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="507"/>
        <source>Replace the file?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="509"/>
        <source>{path} already exists and is not a PDF. Replace it with the document? Its contents will be lost.</source>
        <translation>{path} finns redan och är ingen PDF. Ersätta den med dokumentet? Dess innehåll går förlorat.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="522"/>
        <source>No agenda changed since the last print; nothing was written.</source>
        <translation>Inget mötesschema har ändrats sedan senaste utskriften; inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="523"/>
        <source>Nobody to print; nothing was written.</source>
        <translation>Ingen att skriva ut; inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="406"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Avbrutet; inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="530"/>
        <source>Saved {pages} page(s) for {documents} document(s): {where}</source>
        <translation>Sparade sidor: {pages}, dokument: {documents}: {where}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="538"/>
        <source>No shipped font has these characters; they print as empty boxes: {people}</source>
        <translation>Inget av programmets teckensnitt har de här tecknen; de skrivs ut som tomma rutor: {people}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="541"/>
        <source>{n} unchanged agenda(s) left out.</source>
        <translation>{n} oförändrade mötesscheman utelämnades.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="547"/>
        <source>The colour {colour} of “{category}” reads badly with black and with white text ({ratio:.1f}:1; 4.5:1 is needed): choose a darker or lighter colour.</source>
        <translation>Färgen {colour} för ”{category}” ger dålig kontrast med både svart och vit text ({ratio:.1f}:1; 4,5:1 behövs): välj en mörkare eller ljusare färg.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="594"/>
        <source>Preparing pages for the printer…</source>
        <translation>Förbereder sidorna för skrivaren…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="613"/>
        <source>Sent {n} page(s) to the printer.</source>
        <translation>Sidor skickade till skrivaren: {n}.</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="27"/>
        <source>{who} is unavailable in every slot.</source>
        <translation>{who} är inte tillgänglig i någon tid.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="31"/>
        <source>{a} attends only {days_a}, {b} only {days_b}.</source>
        <translation>{a} deltar bara {days_a}, {b} bara {days_b}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="35"/>
        <source>{a} and {b} have no common free slot.</source>
        <translation>{a} och {b} har ingen gemensam ledig tid.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="39"/>
        <source>Every table is someone&apos;s booth and neither of them has one: add tables.</source>
        <translation>Varje bord är någons monter och ingen av dem har en: lägg till bord.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="43"/>
        <source>None of the {n} common free slots of {a} and {b} is among the meeting&apos;s allowed slots.</source>
        <translation>Ingen av de {n} gemensamma lediga tiderna för {a} och {b} hör till mötets tillåtna tider.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="48"/>
        <source>{who} already has the most meetings allowed ({limit}).</source>
        <translation>{who} har redan så många möten som tillåts ({limit}).</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="53"/>
        <source>All {n} free slots of {who} are taken by “{priority}” meetings.</source>
        <translation>Alla {n} lediga tider för {who} är upptagna av möten med prioritet ”{priority}”.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="56"/>
        <source>All {n} free slots of {who} are taken by other meetings.</source>
        <translation>Alla {n} lediga tider för {who} är upptagna av andra möten.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="60"/>
        <source>{a} and {b} are never free at the same time: each of their {n} common free slots is taken by another meeting of one of them.</source>
        <translation>{a} och {b} är aldrig lediga samtidigt: var och en av deras {n} gemensamma lediga tider är upptagen av ett annat möte för någon av dem.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="66"/>
        <source>No table is free in the {n} common slots: add tables.</source>
        <translation>Inget bord är ledigt under de {n} gemensamma tiderna: lägg till bord.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="70"/>
        <source>The order after request(s) {others} leaves no common free slot of {a} and {b}.</source>
        <translation>Ordningen efter förfrågan/förfrågningarna {others} lämnar ingen gemensam ledig tid för {a} och {b}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="78"/>
        <source>no table is free in {n} of them</source>
        <translation>inget bord är ledigt under {n} av dem</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="84"/>
        <source>the meeting order rules out {n}</source>
        <translation>mötesordningen utesluter {n}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="90"/>
        <source>placing it in the other {n} would break the fairness limit of {limit} idle break(s)</source>
        <translation>att lägga det i de övriga {n} skulle bryta rättvisegränsen på {limit} tomma luckor</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="98"/>
        <source>the other {n} went to higher-priority meetings before the time limit was reached</source>
        <translation>de övriga {n} gick till möten med högre prioritet innan tidsgränsen nåddes</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="104"/>
        <source>{a} and {b} share {n} free slots: {why}.</source>
        <translation>{a} och {b} har {n} lediga tider gemensamt: {why}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="108"/>
        <source>The same two people as request {other}, which is scheduled instead.</source>
        <translation>Samma två personer som förfrågan {other}, som schemaläggs i stället.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="112"/>
        <source>Taken out of the schedule by the organiser.</source>
        <translation>Borttaget ur schemat av arrangören.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="113"/>
        <source>Not placed by an older version of the program: solve again to see why.</source>
        <translation>Inte placerat av en äldre version av programmet: schemalägg igen för att se varför.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="121"/>
        <source>optimal</source>
        <translation>optimalt</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="123"/>
        <source>within {n} break(s) of optimal</source>
        <translation>högst {n} lucka/luckor från optimalt</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="127"/>
        <source>up to {n} more meeting(s) might fit</source>
        <translation>upp till {n} möte(n) till kan få plats</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="131"/>
        <source>{n} placed meeting(s) moved</source>
        <translation>{n} placerade möte(n) flyttade</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="133"/>
        <source>{n} published meeting(s) moved</source>
        <translation>{n} publicerade möte(n) flyttade</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="135"/>
        <source>Placed {placed} of {total} meetings ({quality}); {breaks} idle break(s), {moved}, {seconds} s.</source>
        <translation>Placerade {placed} av {total} möten ({quality}); {breaks} tomma luckor, {moved}, {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/explain.py" line="148"/>
        <source>{summary} Stopped early.</source>
        <translation>{summary} Avbröts i förtid.</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="141"/>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="360"/>
        <source>Requests</source>
        <translation>Mötesförfrågningar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="142"/>
        <source>Who wants to meet whom. Only accepted requests are scheduled.</source>
        <translation>Vem som vill träffa vem. Bara accepterade förfrågningar schemaläggs.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="144"/>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="145"/>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="219"/>
        <source>New request…</source>
        <translation>Ny förfrågan…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="147"/>
        <source>Accept</source>
        <translation>Acceptera</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="150"/>
        <source>Decline</source>
        <translation>Avböj</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="153"/>
        <source>Cancel request</source>
        <translation>Återkalla förfrågan</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="156"/>
        <source>Back to pending</source>
        <translation>Tillbaka till obesvarad</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="160"/>
        <source>Filter by name or organisation…  (Ctrl+F)</source>
        <translation>Filtrera på namn eller organisation…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="163"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="166"/>
        <source>Accepted, not placed</source>
        <translation>Accepterade, ej inplanerade</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="207"/>
        <source>All requests</source>
        <translation>Alla förfrågningar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="208"/>
        <source>By attendee</source>
        <translation>Per deltagare</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="209"/>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="254"/>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="212"/>
        <source>No meeting requests yet</source>
        <translation>Inga mötesförfrågningar ännu</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="214"/>
        <source>Requests usually come with the registration import. You can also enter one here when a delegate asks at the desk.</source>
        <translation>Förfrågningar kommer oftast med anmälningsimporten. Du kan också registrera en här när en deltagare frågar vid disken.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="218"/>
        <source>Import requests…</source>
        <translation>Importera förfrågningar…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="237"/>
        <source>{a} accepted · {p} pending · {d} declined · {c} cancelled</source>
        <translation>{a} accepterade · {p} obesvarade · {d} avböjda · {c} återkallade</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="243"/>
        <source>{total} requests; {placed} of {accepted} accepted are scheduled. Only accepted requests are scheduled.</source>
        <translation>{total} förfrågningar; {placed} av {accepted} accepterade är schemalagda. Bara accepterade förfrågningar schemaläggs.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="252"/>
        <source>Warnings ({n})</source>
        <translation>Varningar ({n})</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="288"/>
        <source>Request {id}: {a} and {b} are never available at the same time (arrival, departure or blocked slots).</source>
        <translation>Förfrågan {id}: {a} och {b} är aldrig tillgängliga samtidigt (ankomst, avresa eller blockerade tidspass).</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="294"/>
        <source>{name} allows no meetings (max meetings 0) but is in {n} open request(s).</source>
        <translation>{name} tar inte emot några möten (max antal möten 0) men finns i {n} öppna förfrågningar.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="298"/>
        <source>{name} is in {n} pending or accepted requests but allows at most {limit} meetings.</source>
        <translation>{name} finns i {n} väntande eller accepterade förfrågningar men tar emot högst {limit} möten.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="301"/>
        <source>{name} is in {n} pending or accepted requests but has only {limit} free slots.</source>
        <translation>{name} finns i {n} väntande eller accepterade förfrågningar men har bara {limit} lediga tidspass.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="329"/>
        <source>Choose an attendee on the left.</source>
        <translation>Välj en deltagare till vänster.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="337"/>
        <source>{name}: asked {sent}, asked by {received}</source>
        <translation>{name}: har frågat {sent}, tillfrågad av {received}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/requests.py" line="353"/>
        <source>Select one or more requests first.</source>
        <translation>Markera först en eller flera förfrågningar.</translation>
    </message>
</context>
<context>
    <name>ScheduleGridModel</name>
    <message>
        <location filename="../../brokerage_app/ui/models/schedule.py" line="240"/>
        <source>Free for this meeting</source>
        <translation>Ledigt för det här mötet</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/models/schedule.py" line="246"/>
        <source>Priority {p}</source>
        <translation>Prioritet {p}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/models/schedule.py" line="249"/>
        <source>No longer fits: {reason}</source>
        <translation>Passar inte längre: {reason}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/models/schedule.py" line="251"/>
        <source>Locked: a re-solve keeps it here.</source>
        <translation>Låst: en ny schemaläggning behåller det här.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/models/schedule.py" line="253"/>
        <source>Moved since the schedule was published.</source>
        <translation>Flyttat sedan schemat publicerades.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/models/schedule.py" line="269"/>
        <location filename="../../brokerage_app/ui/models/schedule.py" line="275"/>
        <source>Table {n}</source>
        <translation>Bord {n}</translation>
    </message>
</context>
<context>
    <name>ScheduleLegend</name>
    <message>
        <location filename="../../brokerage_app/ui/models/schedule.py" line="68"/>
        <source>Free</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/models/schedule.py" line="70"/>
        <source>Free booth (its exhibitor meets here)</source>
        <translation>Ledig monter (dess utställare möter här)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/models/schedule.py" line="72"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/models/schedule.py" line="73"/>
        <source>Bold: high priority</source>
        <translation>Fetstil: hög prioritet</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/models/schedule.py" line="74"/>
        <source>Locked: a re-solve keeps it</source>
        <translation>Låst: en ny schemaläggning behåller det</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/models/schedule.py" line="75"/>
        <source>Moved since published</source>
        <translation>Flyttat sedan publicering</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/models/schedule.py" line="76"/>
        <source>No longer fits</source>
        <translation>Går inte längre ihop</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/models/schedule.py" line="77"/>
        <source>Fits (while dragging)</source>
        <translation>Passar (när du drar)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/models/schedule.py" line="79"/>
        <source>Does not fit (while dragging)</source>
        <translation>Passar inte (när du drar)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/models/schedule.py" line="82"/>
        <source>Found</source>
        <translation>Hittad</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="61"/>
        <source>Not scheduled yet: run Solve.</source>
        <translation>Inte schemalagd än: kör Lägg schema.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="197"/>
        <source>Schedule</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="198"/>
        <source>Drag a meeting to another cell; green cells are free for it.</source>
        <translation>Dra ett möte till en annan ruta; gröna rutor är lediga för det.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="204"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="205"/>
        <source>Longest time the solver may take</source>
        <translation>Längsta tid schemaläggningen får ta</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="206"/>
        <source>Time limit</source>
        <translation>Tidsgräns</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="208"/>
        <source>Solve (F5)</source>
        <translation>Lägg schema (F5)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="209"/>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="872"/>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="210"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="211"/>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="882"/>
        <source>Unschedule</source>
        <translation>Ta ur schemat</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="212"/>
        <source>Publish…</source>
        <translation>Publicera…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="223"/>
        <source>Re-solve, moving as few meetings as possible</source>
        <translation>Lägg schemat igen och flytta så få möten som möjligt</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="239"/>
        <source>Find a person or table…</source>
        <translation>Hitta en person eller ett bord…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="241"/>
        <source>Enter: next match</source>
        <translation>Enter: nästa träff</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="249"/>
        <source>Fit all tables</source>
        <translation>Visa alla bord</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="251"/>
        <source>Zoom (Ctrl + mouse wheel)</source>
        <translation>Zoom (Ctrl + mushjul)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="253"/>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="254"/>
        <source>One line of surnames per cell, table numbers only</source>
        <translation>En rad med efternamn per ruta, bara bordsnummer</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="260"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="261"/>
        <source>Room</source>
        <translation>Rum</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="262"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="304"/>
        <source>Overview (click to jump)</source>
        <translation>Översikt (klicka för att hoppa)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="308"/>
        <source>Agenda of</source>
        <translation>Mötesschema för</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="318"/>
        <source>Place by hand…</source>
        <translation>Placera för hand…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="319"/>
        <source>Shows the cells where the chosen meeting fits</source>
        <translation>Visar rutorna där det valda mötet får plats</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="327"/>
        <source>Choose a request, then a free cell; the meeting is locked there.</source>
        <translation>Välj en förfrågan och sedan en ledig ruta; mötet låses där.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="347"/>
        <source>Grid</source>
        <translation>Rutnät</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="348"/>
        <source>Not placed</source>
        <translation>Ej inplanerade</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="358"/>
        <source>Nothing scheduled yet</source>
        <translation>Inget schemalagt ännu</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="360"/>
        <source>Accept meeting requests on the Requests page, then press Solve: the optimiser places as many meetings as possible, highest priority first, and keeps idle gaps short.</source>
        <translation>Acceptera mötesförfrågningar på sidan Mötesförfrågningar och tryck sedan på Lägg schema: optimeraren planerar in så många möten som möjligt, högst prioritet först, och håller väntetiderna korta.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="364"/>
        <source>Solve now</source>
        <translation>Lägg schema nu</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="389"/>
        <source>All days</source>
        <translation>Alla dagar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="401"/>
        <source>All rooms</source>
        <translation>Alla rum</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="412"/>
        <source>Not placed ({n})</source>
        <translation>Ej inplanerade ({n})</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="415"/>
        <source>published {at}</source>
        <translation>publicerat {at}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="417"/>
        <source>not published</source>
        <translation>inte publicerat</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="419"/>
        <source>{n} meetings · {locked} locked · {published}</source>
        <translation>{n} möten · {locked} låsta · {published}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="426"/>
        <source>last solve: optimal</source>
        <translation>senaste schemaläggning: optimal</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="428"/>
        <source>last solve: at most {n} more could fit</source>
        <translation>senaste schemaläggning: högst {n} till skulle få plats</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="432"/>
        <source>last solve: every meeting that can fit is placed</source>
        <translation>senaste schemaläggning: alla möten som får plats är placerade</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="437"/>
        <source>{status}. Drag a meeting to another cell; green cells are free for it.</source>
        <translation>{status}. Dra ett möte till en annan ruta; gröna rutor är lediga för det.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="500"/>
        <source>Choose an attendee…</source>
        <translation>Välj en deltagare…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="528"/>
        <source>No meetings scheduled.</source>
        <translation>Inga möten schemalagda.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="541"/>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="654"/>
        <source>Table {n}</source>
        <translation>Bord {n}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="542"/>
        <source> · locked</source>
        <translation> · låst</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="550"/>
        <source>Drag a meeting to another cell: green cells are free for it, and the reason a cell is refused appears here. Click a meeting to see its agenda.</source>
        <translation>Dra ett möte till en annan ruta: gröna rutor är lediga för det, och skälet till att en ruta nekas visas här. Klicka på ett möte för att se dess agenda.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="679"/>
        <source>No match</source>
        <translation>Ingen träff</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="688"/>
        <source>{n} cells ({shown} shown)</source>
        <translation>{n} rutor ({shown} visas)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="709"/>
        <source>{i} of {n}</source>
        <translation>{i} av {n}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="723"/>
        <source>Place by hand</source>
        <translation>Placera för hand</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="723"/>
        <source>Choose a request under Not placed first.</source>
        <translation>Välj först en förfrågan under Ej inplanerade.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="767"/>
        <source>Preparing the scheduling problem…</source>
        <translation>Förbereder schemaläggningen…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="771"/>
        <source>Solving the schedule</source>
        <translation>Lägger schemat</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="786"/>
        <source>First schedule</source>
        <translation>Första schemat</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="787"/>
        <source>Bounds</source>
        <translation>Gränser</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="788"/>
        <source>Placing every meeting</source>
        <translation>Placerar alla möten</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="789"/>
        <source>Every meeting placed</source>
        <translation>Alla möten placerade</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="793"/>
        <source>Keeping published meetings</source>
        <translation>Behåller publicerade möten</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="794"/>
        <source>Fewer idle gaps</source>
        <translation>Färre väntepauser</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="795"/>
        <source>Proving idle gaps</source>
        <translation>Bevisar väntepauser</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="796"/>
        <source>Improving</source>
        <translation>Förbättrar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="797"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="807"/>
        <source>{phase}: {placed} meetings placed (at most {bound} can fit, {total} accepted) · {breaks} idle gaps · {elapsed:.0f} s</source>
        <translation>{phase}: {placed} möten inplanerade (högst {bound} får plats, {total} accepterade) · {breaks} väntepauser · {elapsed:.0f} s</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="872"/>
        <source>Select meetings in the grid first.</source>
        <translation>Markera först möten i rutnätet.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="883"/>
        <source>Take {n} meeting(s) out of the schedule?</source>
        <translation>Ta ut {n} möte(n) ur schemat?</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="902"/>
        <source>Publish the schedule</source>
        <translation>Publicera schemat</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="904"/>
        <source>Publish the schedule as it is now? Delegates&apos; agendas show these times and tables; solving again later moves as few of these meetings as possible.</source>
        <translation>Publicera schemat som det ser ut nu? Deltagarnas mötesscheman visar dessa tider och bord; läggs schemat om senare flyttas så få av mötena som möjligt.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="917"/>
        <source>Not published</source>
        <translation>Inte publicerat</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="919"/>
        <source>{summary}

{list}

Re-solve now, moving as few meetings as possible?</source>
        <translation>{summary}

{list}

Lägga schemat igen nu och flytta så få möten som möjligt?</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <location filename="../../brokerage_app/ui/pages/schedule.py" line="167"/>
        <source>Drop to move the meeting here.</source>
        <translation>Släpp för att flytta mötet hit.</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="164"/>
        <source>Session {n}</source>
        <translation>Mötespass {n}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="167"/>
        <source>{session}, {field}</source>
        <translation>{session}, {field}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="173"/>
        <source>{where}: {text} is not a whole number.</source>
        <translation>{where}: {text} är inget heltal.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="174"/>
        <source>slot minutes</source>
        <translation>min./pass</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="179"/>
        <source>starts</source>
        <translation>börjar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="180"/>
        <source>ends</source>
        <translation>slutar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="183"/>
        <source>breaks</source>
        <translation>pauser</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../brokerage_app/ui/pages/start.py" line="30"/>
        <source>Brokerage App</source>
        <translation>Brokerage App</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/start.py" line="34"/>
        <source>Plan one-to-one meetings for your brokerage event, print agendas and badges, and run the check-in desk — all offline, in one event file.</source>
        <translation>Planera enskilda möten för ert matchmakingevenemang, skriv ut mötesscheman och namnbrickor och sköt incheckningen — helt offline, i en enda evenemangsfil.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/start.py" line="41"/>
        <source>New event…</source>
        <translation>Nytt evenemang…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/start.py" line="44"/>
        <source>Open event file…</source>
        <translation>Öppna evenemangsfil…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/start.py" line="46"/>
        <source>Try the demo event</source>
        <translation>Prova demoevenemanget</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/start.py" line="47"/>
        <source>400 delegates from 25 countries, ready to schedule</source>
        <translation>400 deltagare från 25 länder, redo att schemaläggas</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/start.py" line="57"/>
        <source>Recent events</source>
        <translation>Senaste evenemang</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/start.py" line="63"/>
        <source>No recent events. Create a new event, or open the demo to look around.</source>
        <translation>Inga tidigare evenemang. Skapa ett nytt evenemang, eller öppna demon och titta runt.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/start.py" line="98"/>
        <source>  (missing)</source>
        <translation>  (saknas)</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="53"/>
        <source>Table {n}</source>
        <translation>Bord {n}</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/progress.py" line="13"/>
        <location filename="../../brokerage_app/ui/widgets/common.py" line="142"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/widgets/common.py" line="167"/>
        <source>Stopping… keeping the best result so far.</source>
        <translation>Stoppar… behåller det bästa resultatet hittills.</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="203"/>
        <source>Days and sessions</source>
        <translation>Dagar och mötespass</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="205"/>
        <source>Every day has the same sessions; slots run back to back and skip breaks.</source>
        <translation>Alla dagar har samma mötespass; tidspassen följer direkt på varandra och hoppar över pauser.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="218"/>
        <source>Add session</source>
        <translation>Lägg till mötespass</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="220"/>
        <source>Remove session</source>
        <translation>Ta bort mötespass</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="228"/>
        <source>First day</source>
        <translation>Första dagen</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="229"/>
        <source>Number of days</source>
        <translation>Antal dagar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="267"/>
        <source>{per_day} meeting slots a day, {total} in all.</source>
        <translation>{per_day} tidspass per dag, {total} totalt.</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="14"/>
        <source>Buyer</source>
        <translation>Köpare</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="15"/>
        <source>Seller</source>
        <translation>Säljare</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="16"/>
        <source>Both</source>
        <translation>Båda</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="22"/>
        <source>Delegate</source>
        <translation>Delegat</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="23"/>
        <source>Exhibitor</source>
        <translation>Utställare</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="24"/>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="25"/>
        <source>Press</source>
        <translation>Press</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="26"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="32"/>
        <source>Pending</source>
        <translation>Obesvarad</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="33"/>
        <source>Accepted</source>
        <translation>Accepterad</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="34"/>
        <source>Declined</source>
        <translation>Avböjd</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="35"/>
        <source>Cancelled</source>
        <translation>Återkallad</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="42"/>
        <source>meet</source>
        <translation>träffa</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="43"/>
        <source>should meet</source>
        <translation>bör träffa</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="44"/>
        <source>must meet</source>
        <translation>måste träffa</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="50"/>
        <source>Scheduled</source>
        <translation>Schemalagd</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="52"/>
        <source>Not placed</source>
        <translation>Ej inplanerad</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="53"/>
        <source>Waiting for solve</source>
        <translation>Väntar på schemaläggning</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="58"/>
        <source>checked in</source>
        <translation>incheckad</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="59"/>
        <source>already checked in</source>
        <translation>redan incheckad</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="60"/>
        <source>invalid</source>
        <translation>ogiltig</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="61"/>
        <source>revoked</source>
        <translation>spärrad</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="62"/>
        <source>wrong event</source>
        <translation>fel evenemang</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="63"/>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/labels.py" line="64"/>
        <source>undone</source>
        <translation>ångrad</translation>
    </message>
</context>
<context>
    <name>VenuePage</name>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="278"/>
        <source>Tables, rooms and file</source>
        <translation>Bord, rum och fil</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="279"/>
        <source>Tables are numbered 1, 2, 3… and shared out over the rooms.</source>
        <translation>Borden numreras 1, 2, 3… och fördelas över rummen.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="283"/>
        <source>Main hall</source>
        <translation>Stora salen</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="284"/>
        <source>Several rooms: separate them with commas.</source>
        <translation>Flera rum: skilj dem åt med kommatecken.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="286"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="295"/>
        <source>Number of tables</source>
        <translation>Antal bord</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="296"/>
        <source>Rooms</source>
        <translation>Rum</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="297"/>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="307"/>
        <source>Event file</source>
        <translation>Evenemangsfil</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/new_event.py" line="307"/>
        <source>Event files (*.sqlite)</source>
        <translation>Evenemangsfiler (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="68"/>
        <source>Newer badge</source>
        <translation>Nyare namnbricka</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="74"/>
        <source>This is not a badge code of this event: check the badge or find the person by name.</source>
        <translation>Det här är ingen namnbricka för det här evenemanget: kontrollera brickan eller sök personen på namn.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="78"/>
        <source>A newer badge was printed for this person: keep this one and use the new badge.</source>
        <translation>En nyare namnbricka har skrivits ut för den här personen: behåll den här och använd den nya.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="82"/>
        <source>This badge belongs to another event.</source>
        <translation>Namnbrickan hör till ett annat evenemang.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="85"/>
        <source>Nobody with this badge is registered (any more): find the person by name.</source>
        <translation>Ingen med den här namnbrickan är (längre) anmäld: sök personen på namn.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="88"/>
        <source>This badge is newer than this station&apos;s copy of the event: find the person by name.</source>
        <translation>Namnbrickan är nyare än den här stationens kopia av evenemanget: sök personen på namn.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="92"/>
        <source>The check-in was undone.</source>
        <translation>Incheckningen ångrades.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="176"/>
        <source>Undo this check-in</source>
        <translation>Ångra den här incheckningen</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="210"/>
        <source>Ready to scan</source>
        <translation>Redo att skanna</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="211"/>
        <source>Scan a badge, or find the person by name below.</source>
        <translation>Skanna en namnbricka, eller sök upp personen på namn nedan.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="221"/>
        <source>Unknown badge</source>
        <translation>Okänd namnbricka</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="230"/>
        <source>Desk note: {note}</source>
        <translation>Disknotering: {note}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="233"/>
        <source>OFFLINE — checked by this station alone · waiting to sync: {n}</source>
        <translation>OFFLINE — kontrollerad av den här stationen ensam · väntar på synkning: {n}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="244"/>
        <source>an unnamed station</source>
        <translation>en namnlös station</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="247"/>
        <source>Not registered for this day: please check their registration.</source>
        <translation>Inte anmäld för den här dagen: kontrollera anmälan.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="248"/>
        <source>Checked in at {time} at {station}.</source>
        <translation>Incheckad {time} vid {station}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="251"/>
        <source>Found at sync: first checked in at {time} at {station}.</source>
        <translation>Upptäckt vid synkning: först incheckad {time} vid {station}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/checkin.py" line="254"/>
        <source>First checked in at {time} at {station}.</source>
        <translation>Incheckad första gången {time} vid {station}.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="243"/>
        <source>Buyer</source>
        <translation>Köpare</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="244"/>
        <source>Seller</source>
        <translation>Säljare</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="245"/>
        <source>Both</source>
        <translation>Båda</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="247"/>
        <source>Delegate</source>
        <translation>Delegat</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="248"/>
        <source>Exhibitor</source>
        <translation>Utställare</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="249"/>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="250"/>
        <source>Press</source>
        <translation>Press</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="251"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="253"/>
        <source>Pending</source>
        <translation>Obesvarad</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="254"/>
        <source>Accepted</source>
        <translation>Accepterad</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="255"/>
        <source>Declined</source>
        <translation>Avböjd</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="256"/>
        <source>Cancelled</source>
        <translation>Återkallad</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="258"/>
        <source>Scheduled</source>
        <translation>Schemalagd</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="259"/>
        <source>Held</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="260"/>
        <source>No show</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="261"/>
        <source>Did not take place</source>
        <translation>Blev inte av</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="262"/>
        <source>No interest</source>
        <translation>Inget intresse</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="263"/>
        <source>Informative</source>
        <translation>Informativt</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="264"/>
        <source>Cooperation possible</source>
        <translation>Samarbete möjligt</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="266"/>
        <source>Checked in</source>
        <translation>Incheckade</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="267"/>
        <source>Already checked in</source>
        <translation>Redan incheckad</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="268"/>
        <source>Invalid</source>
        <translation>Ogiltig</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="269"/>
        <source>Revoked</source>
        <translation>Spärrad</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="270"/>
        <source>Wrong event</source>
        <translation>Fel evenemang</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="271"/>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="272"/>
        <source>Undone</source>
        <translation>Ångrad</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="273"/>
        <source>Welcome!</source>
        <translation>Välkommen!</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="274"/>
        <source>Badge not valid</source>
        <translation>Namnbrickan är ogiltig</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="275"/>
        <source>Old badge (reprinted)</source>
        <translation>Gammal namnbricka (ny utskriven)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="276"/>
        <source>Badge of another event</source>
        <translation>Namnbricka från ett annat evenemang</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="277"/>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="278"/>
        <source>Check-in undone</source>
        <translation>Incheckningen ångrad</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="280"/>
        <source>Meet</source>
        <translation>Träffa</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="281"/>
        <source>Should meet</source>
        <translation>Bör träffa</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="282"/>
        <source>Must meet</source>
        <translation>Måste träffa</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="283"/>
        <source>meet</source>
        <translation>träffa</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="284"/>
        <source>should meet</source>
        <translation>bör träffa</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="285"/>
        <source>must meet</source>
        <translation>måste träffa</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="287"/>
        <source>Waiting for solve</source>
        <translation>Väntar på schemaläggning</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="289"/>
        <source>Moved</source>
        <translation>Flyttade</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="290"/>
        <source>Breaks</source>
        <translation>Väntepauser</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="293"/>
        <source>Badges</source>
        <translation>Namnbrickor</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="294"/>
        <source>Personal agendas</source>
        <translation>Personliga mötesscheman</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="295"/>
        <source>Table sheets (door signs with each table&apos;s meetings)</source>
        <translation>Bordsblad (skyltar med varje bords möten)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="296"/>
        <source>Last name, first name</source>
        <translation>Efternamn, förnamn</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="297"/>
        <source>Organisation, then name</source>
        <translation>Organisation, sedan namn</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="298"/>
        <source>Country, organisation, then name</source>
        <translation>Land, organisation, sedan namn</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="299"/>
        <source>A4 sheet, 2 x 4 business-card labels (90 x 54 mm)</source>
        <translation>A4-ark, 2 × 4 visitkortsetiketter (90 × 54 mm)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="300"/>
        <source>A4 sheet, 4 x A6 badges (105 x 148 mm)</source>
        <translation>A4-ark, 4 × A6-namnbrickor (105 × 148 mm)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="301"/>
        <source>A4 sheet, 8 x A7 badges (105 x 74 mm)</source>
        <translation>A4-ark, 8 × A7-namnbrickor (105 × 74 mm)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="302"/>
        <source>Card printer, CR80 card (85.6 x 54 mm)</source>
        <translation>Kortskrivare, CR80-kort (85,6 × 54 mm)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="303"/>
        <source>Label printer, 4 x 3 in label</source>
        <translation>Etikettskrivare, 4 × 3 tum-etikett</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="304"/>
        <source>A4 sheet, 2 fold-over A6 badges (front badge, back agenda)</source>
        <translation>A4-ark, 2 vikbara A6-namnbrickor (framsida bricka, baksida mötesschema)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="305"/>
        <source>Avery L4785 name badge labels, A4, 10 x 80 x 50 mm</source>
        <translation>Avery L4785 namnetiketter, A4, 10 x 80 x 50 mm</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="306"/>
        <source>Avery 5395 name badge labels, US Letter, 8 x 3-3/8 x 2-1/3 in</source>
        <translation>Avery 5395 namnetiketter, US Letter, 8 x 3-3/8 x 2-1/3 tum</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="309"/>
        <source>US Letter sheet, 6 x 4 x 3 in badge inserts</source>
        <translation>US Letter-ark, 6 x 4 x 3 tum inlägg för namnbrickor</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="310"/>
        <source>Custom layout (saved with the event)</source>
        <translation>Egen layout (sparad med evenemanget)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="311"/>
        <source>Table signs (a folded tent per table, a door sign per room)</source>
        <translation>Bordsskyltar (en vikt skylt per bord, en dörrskylt per rum)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="313"/>
        <source>A4 (210 x 297 mm)</source>
        <translation>A4 (210 x 297 mm)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="314"/>
        <source>US Letter (8.5 x 11 in)</source>
        <translation>US Letter (8,5 x 11 tum)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="316"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="317"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="318"/>
        <source>Booth</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="319"/>
        <source>Sent</source>
        <translation>Skickade</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="320"/>
        <source>Received</source>
        <translation>Mottagna</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="321"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="322"/>
        <source>Why it is not placed</source>
        <translation>Varför det inte är inplanerat</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="323"/>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="324"/>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="325"/>
        <source>Slot minutes</source>
        <translation>Min./pass</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="326"/>
        <source>Breaks (10:40-11:00 Coffee; …)</source>
        <translation>Pauser (10:40-11:00 Kaffe; …)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="327"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="328"/>
        <source>Label</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="329"/>
        <source>Room</source>
        <translation>Rum</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/i18n.py" line="330"/>
        <source>Booth of</source>
        <translation>Monter för</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="594"/>
        <source>Walk-in meeting</source>
        <translation>Spontanmöte</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="599"/>
        <source>Find free places</source>
        <translation>Hitta lediga platser</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="604"/>
        <source>Book</source>
        <translation>Boka</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="609"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="612"/>
        <source>First person</source>
        <translation>Första person</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="613"/>
        <source>Second person</source>
        <translation>Andra person</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="629"/>
        <source>Choose both people first.</source>
        <translation>Välj båda personerna först.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="644"/>
        <source>{when}, {table}</source>
        <translation>{when}, {table}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="649"/>
        <source>(table of no-show meeting {n})</source>
        <translation>(bordet för uteblivet möte {n})</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="654"/>
        <source>{n} free place(s); the earliest first.</source>
        <translation>{n} ledig(a) plats(er); den tidigaste först.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="656"/>
        <source>No free place for these two for the rest of the event.</source>
        <translation>Ingen ledig plats för de två under resten av evenemanget.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/dialogs/data.py" line="669"/>
        <source>Booked meeting {n}: {when}, {table}.</source>
        <translation>Bokade möte {n}: {when}, {table}.</translation>
    </message>
</context>
<context>
    <name>WalkInProblems</name>
    <message>
        <location filename="../../brokerage_app/ui/walk_in_problems.py" line="21"/>
        <source>{person} and {other} already have meeting {n} ({when}, {table}); mark it no-show first to book them again.</source>
        <translation>{person} och {other} har redan möte {n} ({when}, {table}); markera det som uteblivet först för att boka dem igen.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/walk_in_problems.py" line="30"/>
        <source>{table} at {time} was just taken at another station; choose another place.</source>
        <translation>{table} kl. {time} bokades nyss vid en annan station; välj en annan plats.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/walk_in_problems.py" line="35"/>
        <source>{person} is not available at {when}.</source>
        <translation>{person} är inte tillgänglig {when}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/walk_in_problems.py" line="39"/>
        <source>{person} already has meeting {n} at {when}.</source>
        <translation>{person} har redan möte {n} {when}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/walk_in_problems.py" line="43"/>
        <source>{table} is the booth of another exhibitor.</source>
        <translation>{table} är en annan utställares monter.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/walk_in_problems.py" line="47"/>
        <source>This meeting belongs at the booth of the exhibitor in it.</source>
        <translation>Mötet hör hemma i montern hos utställaren som är med i det.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/walk_in_problems.py" line="51"/>
        <source>{table} is taken at {when} by meeting {n}.</source>
        <translation>{table} är upptaget {when} av möte {n}.</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/walk_in_problems.py" line="54"/>
        <source>Cannot book this walk-in: {reason}</source>
        <translation>Kan inte boka spontanmötet: {reason}</translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <location filename="../../brokerage_app/ui/commands.py" line="92"/>
        <source>Edit {name}</source>
        <translation>Redigera {name}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/commands.py" line="127"/>
        <source>Edit {count} attendee(s)</source>
        <translation>Redigera deltagare ({count})</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/commands.py" line="152"/>
        <source>Add {name}</source>
        <translation>Lägg till {name}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/commands.py" line="173"/>
        <source>Mark {count} request(s) {status}</source>
        <translation>Markera förfrågningar ({count}) som {status}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/commands.py" line="199"/>
        <source>Move {what}</source>
        <translation>Flytta {what}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/commands.py" line="225"/>
        <source>Lock meetings</source>
        <translation>Lås möten</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/commands.py" line="225"/>
        <source>Unlock meetings</source>
        <translation>Lås upp möten</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/commands.py" line="250"/>
        <source>Change the event settings</source>
        <translation>Ändra evenemangsinställningarna</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/commands.py" line="276"/>
        <source>Place {what}</source>
        <translation>Placera {what}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/commands.py" line="309"/>
        <source>Outcome of meeting {n}</source>
        <translation>Utfall för möte {n}</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/commands.py" line="335"/>
        <source>Book a walk-in meeting</source>
        <translation>Boka ett spontanmöte</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="145"/>
        <source>Open event</source>
        <translation>Öppna evenemang</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/actions.py" line="147"/>
        <source>Event files (*.sqlite *.db);;All files (*)</source>
        <translation>Evenemangsfiler (*.sqlite *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="468"/>
        <source>Save agendas in</source>
        <translation>Spara mötesscheman i</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="471"/>
        <source>Save PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <location filename="../../brokerage_app/ui/pages/printing.py" line="471"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
</TS>
