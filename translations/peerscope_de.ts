<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>EventText</name>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="20" />
        <location filename="../src/gui/EventDescription.cpp" line="54" />
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="21" />
        <location filename="../src/gui/EventDescription.cpp" line="55" />
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="22" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="29" />
        <source>connection %1 %2 peer %3 (node %4)</source>
        <translation>Verbindung %1 %2, Peer %3 (Knoten %4)</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="31" />
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="36" />
        <source>, next attempt %1</source>
        <translation>, nächster Versuch %1</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="43" />
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="44" />
        <location filename="../src/gui/EventDescription.cpp" line="56" />
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="45" />
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="46" />
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/EventDescription.cpp" line="68" />
        <source>connection %1, type %2, %n byte(s): %3</source>
        <translation><numerusform>Verbindung %1, Typ %2, %n Byte: %3</numerusform><numerusform>Verbindung %1, Typ %2, %n Bytes: %3</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="74" />
        <source>%1 record %2 %3</source>
        <translation>%1-Datensatz %2 %3</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="80" />
        <source>node %1 (%2) %3</source>
        <translation>Knoten %1 (%2) %3</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="84" />
        <source>record type %1</source>
        <translation>Datensatztyp %1</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="93" />
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="94" />
        <source>Property changed</source>
        <translation>Eigenschaft geändert</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="95" />
        <source>Record changed</source>
        <translation>Datensatz geändert</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="96" />
        <source>Direct connection</source>
        <translation>Direktverbindung</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="97" />
        <source>Neighbor connection</source>
        <translation>Nachbarverbindung</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="98" />
        <source>Incoming data</source>
        <translation>Eingehende Daten</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="99" />
        <source>Connection required</source>
        <translation>Verbindung erforderlich</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="100" />
        <source>Node changed</source>
        <translation>Knoten geändert</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="101" />
        <source>Synchronized</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="109" />
        <source>Graph info</source>
        <translation>Graph-Info</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="111" />
        <source>Presence</source>
        <translation>Präsenz</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="113" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="115" />
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="117" />
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="130" />
        <source>listening</source>
        <translation>lauscht</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="132" />
        <source>has connections</source>
        <translation>hat Verbindungen</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="134" />
        <source>synchronized</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="135" />
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>GraphExport</name>
    <message>
        <location filename="../src/gui/GraphExport.cpp" line="50" />
        <location filename="../src/gui/GraphExport.cpp" line="65" />
        <location filename="../src/gui/GraphExport.cpp" line="70" />
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/GraphExport.cpp" line="61" />
        <source>Peerscope mesh</source>
        <translation>Peerscope-Netz</translation>
    </message>
    <message>
        <location filename="../src/gui/GraphExport.cpp" line="62" />
        <source>The peer graph as drawn by the Peerscope inspector.</source>
        <translation>Der Peer-Graph, wie ihn der Peerscope-Inspektor zeichnet.</translation>
    </message>
    <message>
        <location filename="../src/gui/GraphExport.cpp" line="100" />
        <location filename="../src/gui/GraphExport.cpp" line="103" />
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LinkItem</name>
    <message>
        <location filename="../src/gui/LinkItem.cpp" line="33" />
        <source>Direct connection</source>
        <translation>Direktverbindung</translation>
    </message>
    <message>
        <location filename="../src/gui/LinkItem.cpp" line="34" />
        <source>Neighbor link (right-click to cut it in the lab)</source>
        <translation>Nachbarverbindung (Rechtsklick trennt sie im Labor)</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <location filename="../src/gui/NodeItem.cpp" line="60" />
        <source>Peer id: %1</source>
        <translation>Peer-ID: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeItem.cpp" line="61" />
        <source>Node id: %1</source>
        <translation>Knoten-ID: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeItem.cpp" line="63" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeItem.cpp" line="65" />
        <source>This is the inspector's own node.</source>
        <translation>Dies ist der eigene Knoten des Inspektors.</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeItem.cpp" line="67" />
        <source>Double-click to open a direct connection.</source>
        <translation>Doppelklick öffnet eine Direktverbindung.</translation>
    </message>
</context>
<context>
    <name>peerscope::gui::DirectConnectionModel</name>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="105" />
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="106" />
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="107" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="124" />
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="125" />
        <source>Local peer</source>
        <translation>Lokaler Peer</translation>
    </message>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="126" />
        <source>Remote peer</source>
        <translation>Entfernter Peer</translation>
    </message>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="127" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="128" />
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="129" />
        <source>Msgs sent</source>
        <translation>Nachr. gesendet</translation>
    </message>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="130" />
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="131" />
        <source>Msgs received</source>
        <translation>Nachr. empfangen</translation>
    </message>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="132" />
        <source>Opened at</source>
        <translation>Geöffnet um</translation>
    </message>
</context>
<context>
    <name>peerscope::gui::EventLogModel</name>
    <message>
        <location filename="../src/gui/EventLogModel.cpp" line="122" />
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogModel.cpp" line="132" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogModel.cpp" line="133" />
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogModel.cpp" line="134" />
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogModel.cpp" line="135" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>peerscope::gui::EventLogPanel</name>
    <message>
        <location filename="../src/gui/EventLogPanel.cpp" line="30" />
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogPanel.cpp" line="33" />
        <source>Show one event type only</source>
        <translation>Nur einen Ereignistyp anzeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogPanel.cpp" line="39" />
        <source>Show the events of one node only</source>
        <translation>Nur die Ereignisse eines Knotens anzeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogPanel.cpp" line="48" />
        <source>Search details...</source>
        <translation>Details durchsuchen …</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogPanel.cpp" line="50" />
        <source>Show events whose node or details contain this text</source>
        <translation>Ereignisse anzeigen, deren Knoten oder Details diesen Text enthalten</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogPanel.cpp" line="54" />
        <location filename="../src/gui/EventLogPanel.cpp" line="61" />
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogPanel.cpp" line="57" />
        <source>Pause the log; events keep arriving and appear on resume</source>
        <translation>Protokoll anhalten; Ereignisse werden weiter gesammelt und beim Fortsetzen angezeigt</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogPanel.cpp" line="61" />
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogPanel.cpp" line="64" />
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogPanel.cpp" line="67" />
        <source>Remove every event from the log</source>
        <translation>Alle Ereignisse aus dem Protokoll entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogPanel.cpp" line="103" />
        <source>All nodes</source>
        <translation>Alle Knoten</translation>
    </message>
</context>
<context>
    <name>peerscope::gui::InspectorApplication</name>
    <message>
        <location filename="../src/gui/InspectorApplication.cpp" line="28" />
        <source>Peerscope inspector: watch and probe peer graphs.</source>
        <translation>Peerscope-Inspektor: Peer-Graphen beobachten und untersuchen.</translation>
    </message>
    <message>
        <location filename="../src/gui/InspectorApplication.cpp" line="32" />
        <source>Start a local lab mesh of &lt;peers&gt; peers.</source>
        <translation>Ein lokales Labornetz mit &lt;peers&gt; Peers starten.</translation>
    </message>
</context>
<context>
    <name>peerscope::gui::InspectorNode</name>
    <message>
        <location filename="../src/gui/InspectorNode.cpp" line="27" />
        <source>Cannot open graph %1</source>
        <translation>Graph %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/gui/InspectorNode.cpp" line="47" />
        <source>Cannot listen</source>
        <translation>Lauschen nicht möglich</translation>
    </message>
    <message>
        <location filename="../src/gui/InspectorNode.cpp" line="65" />
        <source>Cannot connect to %1</source>
        <translation>Verbindung zu %1 nicht möglich</translation>
    </message>
    <message>
        <location filename="../src/gui/InspectorNode.cpp" line="76" />
        <source>The inspector has not joined a graph yet.</source>
        <translation>Der Inspektor ist noch keinem Graphen beigetreten.</translation>
    </message>
    <message>
        <location filename="../src/gui/InspectorNode.cpp" line="81" />
        <source>Cannot open a direct connection to %1</source>
        <translation>Direktverbindung zu %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/gui/InspectorNode.cpp" line="89" />
        <source>Cannot send on connection %1</source>
        <translation>Senden auf Verbindung %1 nicht möglich</translation>
    </message>
    <message>
        <location filename="../src/gui/InspectorNode.cpp" line="100" />
        <source>Cannot close connection %1</source>
        <translation>Verbindung %1 kann nicht geschlossen werden</translation>
    </message>
</context>
<context>
    <name>peerscope::gui::JoinMeshDialog</name>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="20" />
        <source>Join mesh</source>
        <translation>Netz beitreten</translation>
    </message>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="24" />
        <source>127.0.0.1:4000 or [::1]:4000</source>
        <translation>127.0.0.1:4000 oder [::1]:4000</translation>
    </message>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="28" />
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="29" />
        <source>The id of the graph the node at the address belongs to.</source>
        <translation>Die ID des Graphen, zu dem der Knoten unter der Adresse gehört.</translation>
    </message>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="30" />
        <source>Any listening node of the graph; the engine follows referrals from there.</source>
        <translation>Ein beliebiger lauschender Knoten des Graphen; die Engine folgt von dort den Verweisen.</translation>
    </message>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="38" />
        <source>&amp;Graph id:</source>
        <translation>&amp;Graph-ID:</translation>
    </message>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="39" />
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="40" />
        <source>&amp;Peer id:</source>
        <translation>&amp;Peer-ID:</translation>
    </message>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="41" />
        <source>&amp;Friendly name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="70" />
        <source>Enter the graph id.</source>
        <translation>Geben Sie die Graph-ID ein.</translation>
    </message>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="72" />
        <source>Enter an address as HOST:PORT, e.g. 127.0.0.1:4000.</source>
        <translation>Geben Sie eine Adresse als HOST:PORT ein, z. B. 127.0.0.1:4000.</translation>
    </message>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="74" />
        <source>Enter a peer id for the inspector's node.</source>
        <translation>Geben Sie eine Peer-ID für den Knoten des Inspektors ein.</translation>
    </message>
</context>
<context>
    <name>peerscope::gui::LabMesh</name>
    <message>
        <location filename="../src/gui/LabMesh.cpp" line="88" />
        <source>Peer %1</source>
        <translation>Peer %1</translation>
    </message>
</context>
<context>
    <name>peerscope::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="79" />
        <source>Peerscope Inspector</source>
        <translation>Peerscope-Inspektor</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="81" />
        <source>Wheel: zoom. Drag the background: pan. Drag a node: pin it. Double-click a node: open a direct connection.</source>
        <translation>Mausrad: zoomen. Hintergrund ziehen: verschieben. Knoten ziehen: anheften. Doppelklick auf einen Knoten: Direktverbindung öffnen.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="131" />
        <source>Direct connections</source>
        <translation>Direktverbindungen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="137" />
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="146" />
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="155" />
        <source>Node details</source>
        <translation>Knotendetails</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="165" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="166" />
        <source>&amp;Join mesh...</source>
        <translation>Netz &amp;beitreten …</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="167" />
        <source>Ctrl+J</source>
        <translation>Strg+J</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="168" />
        <source>Connect the inspector's own node to an existing graph by address</source>
        <translation>Den eigenen Knoten des Inspektors über eine Adresse mit einem bestehenden Graphen verbinden</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="170" />
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="171" />
        <source>Graph as &amp;PNG...</source>
        <translation>Graph als &amp;PNG …</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="172" />
        <source>Ctrl+E</source>
        <translation>Strg+E</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="173" />
        <source>Graph as &amp;SVG...</source>
        <translation>Graph als &amp;SVG …</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="174" />
        <source>Ctrl+Shift+E</source>
        <translation>Strg+Shift+E</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="175" />
        <source>Topology as Graphviz &amp;DOT...</source>
        <translation>Topologie als Graphviz-&amp;DOT …</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="176" />
        <source>Ctrl+Alt+E</source>
        <translation>Strg+Alt+E</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="178" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="180" />
        <source>&amp;Lab</source>
        <translation>&amp;Labor</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="181" />
        <source>&amp;New local mesh...</source>
        <translation>&amp;Neues lokales Netz …</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="182" />
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="183" />
        <source>Start N peerscope-node processes on loopback and attach the inspector</source>
        <translation>N peerscope-node-Prozesse auf Loopback starten und den Inspektor anschließen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="184" />
        <source>&amp;Add peer</source>
        <translation>Peer &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="185" />
        <source>Ctrl+Shift+N</source>
        <translation>Strg+Shift+N</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="186" />
        <source>Start one more lab peer that joins the mesh</source>
        <translation>Einen weiteren Labor-Peer starten, der dem Netz beitritt</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="187" />
        <source>&amp;Stop selected peer</source>
        <translation>Ausgewählten Peer &amp;stoppen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="189" />
        <source>Ctrl+Shift+S</source>
        <translation>Strg+Shift+S</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="190" />
        <source>Ask the selected lab peer to leave the graph cleanly</source>
        <translation>Den ausgewählten Labor-Peer bitten, den Graphen sauber zu verlassen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="191" />
        <source>&amp;Kill selected peer</source>
        <translation>Ausgewählten Peer &amp;abschießen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="193" />
        <source>Ctrl+Shift+K</source>
        <translation>Strg+Shift+K</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="194" />
        <source>SIGKILL the selected lab peer: its neighbors find out the hard way</source>
        <translation>SIGKILL an den ausgewählten Labor-Peer: seine Nachbarn merken es auf die harte Tour</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="196" />
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="197" />
        <source>&amp;Open direct connection</source>
        <translation>Direktverbindung ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="199" />
        <source>Ctrl+D</source>
        <translation>Strg+D</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="200" />
        <source>Open a direct connection from the inspector's node to the selected node</source>
        <translation>Eine Direktverbindung vom Knoten des Inspektors zum ausgewählten Knoten öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="201" />
        <source>&amp;Send data...</source>
        <translation>Daten &amp;senden …</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="202" />
        <source>Ctrl+Return</source>
        <translation>Strg+Return</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="203" />
        <source>Send text, hex bytes or a file on the selected direct connection</source>
        <translation>Text, Hex-Bytes oder eine Datei über die ausgewählte Direktverbindung senden</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="204" />
        <source>&amp;Close connection</source>
        <translation>Verbindung s&amp;chließen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="206" />
        <source>Ctrl+Shift+W</source>
        <translation>Strg+Shift+W</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="207" />
        <source>Close the selected direct connection</source>
        <translation>Die ausgewählte Direktverbindung schließen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="209" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="210" />
        <source>&amp;Fit to view</source>
        <translation>&amp;In Ansicht einpassen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="211" />
        <source>Ctrl+0</source>
        <translation>Strg+0</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="212" />
        <source>Show the whole mesh and keep following it</source>
        <translation>Das ganze Netz zeigen und ihm weiter folgen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="213" />
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="214" />
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="217" />
        <source>Search the event &amp;log</source>
        <translation>Ereignis&amp;protokoll durchsuchen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="219" />
        <source>&amp;Pause or resume the event log</source>
        <translation>Ereignisprotokoll an&amp;halten oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="221" />
        <source>Ctrl+P</source>
        <translation>Strg+P</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="222" />
        <source>&amp;Clear the event log</source>
        <translation>Ereignisprotokoll &amp;leeren</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="223" />
        <source>Ctrl+L</source>
        <translation>Strg+L</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="228" />
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="261" />
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="328" />
        <source>Not in a graph</source>
        <translation>In keinem Graphen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="328" />
        <source>Graph: %1</source>
        <translation>Graph: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="329" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="337" />
        <source>Neighbors: %1  Direct connections: %2  Nodes in view: %3</source>
        <translation>Nachbarn: %1  Direktverbindungen: %2  Knoten in der Ansicht: %3</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="368" />
        <source>peerscope-node was not found next to the inspector or on PATH; the lab needs it.</source>
        <translation>peerscope-node wurde weder neben dem Inspektor noch im PATH gefunden; das Labor braucht es.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="380" />
        <source>New local mesh</source>
        <translation>Neues lokales Netz</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="381" />
        <source>Number of peers to start on loopback:</source>
        <translation>Anzahl der auf Loopback zu startenden Peers:</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="403" />
        <source>Join a mesh or start a lab first: direct connections start at the inspector's own node.</source>
        <translation>Treten Sie zuerst einem Netz bei oder starten Sie ein Labor: Direktverbindungen beginnen am eigenen Knoten des Inspektors.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="407" />
        <source>No address is known for %1 yet.</source>
        <translation>Für %1 ist noch keine Adresse bekannt.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="450" />
        <source>connection %1 (%2 → %3)</source>
        <translation>Verbindung %1 (%2 → %3)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="487" />
        <source>Only links with a lab peer at one end can be cut.</source>
        <translation>Nur Verbindungen mit einem Labor-Peer an einem Ende lassen sich trennen.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="498" />
        <source>Open direct connection</source>
        <translation>Direktverbindung öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="502" />
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="502" />
        <source>Pin here</source>
        <translation>Hier anheften</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="503" />
        <source>Show only its events</source>
        <translation>Nur seine Ereignisse anzeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="506" />
        <source>Stop peer</source>
        <translation>Peer stoppen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="507" />
        <source>The peer leaves the graph cleanly (quit command)</source>
        <translation>Der Peer verlässt den Graphen sauber (Befehl quit)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="508" />
        <source>Kill peer</source>
        <translation>Peer abschießen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="509" />
        <source>SIGKILL: the peer vanishes without a goodbye</source>
        <translation>SIGKILL: der Peer verschwindet ohne Abschied</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="520" />
        <source>Cut link</source>
        <translation>Verbindung trennen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="527" />
        <source>Close direct connection %1</source>
        <translation>Direktverbindung %1 schließen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="546" />
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="546" />
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="547" />
        <source>Export graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="555" />
        <location filename="../src/gui/MainWindow.cpp" line="568" />
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="560" />
        <source>Export topology</source>
        <translation>Topologie exportieren</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="561" />
        <source>Graphviz files (*.dot *.gv)</source>
        <translation>Graphviz-Dateien (*.dot *.gv)</translation>
    </message>
</context>
<context>
    <name>peerscope::gui::NodeDetailsModel</name>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="43" />
        <source>this inspector</source>
        <translation>dieser Inspektor</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="44" />
        <source>lab peer</source>
        <translation>Labor-Peer</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="45" />
        <source>observed</source>
        <translation>beobachtet</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="48" />
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="49" />
        <source>Peer id</source>
        <translation>Peer-ID</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="50" />
        <source>Node id</source>
        <translation>Knoten-ID</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="51" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="52" />
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="53" />
        <source>Neighbors</source>
        <translation>Nachbarn</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="54" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="54" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="55" />
        <source>Last heard</source>
        <translation>Zuletzt gehört</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="57" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="94" />
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="94" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>peerscope::gui::RecordModel</name>
    <message>
        <location filename="../src/gui/RecordModel.cpp" line="84" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../src/gui/RecordModel.cpp" line="97" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/gui/RecordModel.cpp" line="98" />
        <source>Record id</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <location filename="../src/gui/RecordModel.cpp" line="99" />
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <location filename="../src/gui/RecordModel.cpp" line="100" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../src/gui/RecordModel.cpp" line="101" />
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../src/gui/RecordModel.cpp" line="102" />
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../src/gui/RecordModel.cpp" line="103" />
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>peerscope::gui::SendDialog</name>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="28" />
        <source>&amp;Text (UTF-8)</source>
        <translation>&amp;Text (UTF-8)</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="29" />
        <source>&amp;Hex bytes</source>
        <translation>&amp;Hex-Bytes</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="30" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="36" />
        <source>Send data on %1</source>
        <translation>Daten senden auf %1</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="40" />
        <source>The data type GUID the receiver sees in INCOMING_DATA; recently used ones are listed.</source>
        <translation>Die Datentyp-GUID, die der Empfänger in INCOMING_DATA sieht; zuletzt verwendete sind aufgeführt.</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="50" />
        <source>Bytes as hexadecimal digits; spaces and colons are ignored, e.g. "de ad be ef".</source>
        <translation>Bytes als Hexadezimalziffern; Leerzeichen und Doppelpunkte werden ignoriert, z. B. „de ad be ef“.</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="54" />
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="58" />
        <source>Send file</source>
        <translation>Datei senden</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="66" />
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="71" />
        <source>Data &amp;type:</source>
        <translation>Daten&amp;typ:</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="72" />
        <source>Payload:</source>
        <translation>Nutzdaten:</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="74" />
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="112" />
        <source>48 65 6c 6c 6f</source>
        <translation>48 61 6c 6c 6f</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="112" />
        <source>Hello, mesh!</source>
        <translation>Hallo, Netz!</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="128" />
        <source>Hex input must be pairs of hexadecimal digits.</source>
        <translation>Hex-Eingaben müssen aus Paaren von Hexadezimalziffern bestehen.</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="136" />
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="140" />
        <source>The file is larger than 16 MiB, the largest message a connection carries.</source>
        <translation>Die Datei ist größer als 16 MiB, die größte Nachricht, die eine Verbindung überträgt.</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="153" />
        <source>The data type must be a GUID, e.g. %1.</source>
        <translation>Der Datentyp muss eine GUID sein, z. B. %1.</translation>
    </message>
</context>
</TS>