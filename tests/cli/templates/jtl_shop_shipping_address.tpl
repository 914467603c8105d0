Betreff: Rückfrage zu Ihrer Bestellung {$Bestellung->cBestellNr}

{* JTL-Shop (Smarty): Rückfrage zur Lieferadresse *}
Sehr geehrte{if $Kunde->cAnrede == "w"} Frau{else}r Herr{/if} {$Kunde->cNachname},

zu Ihrer Bestellung {$Bestellung->cBestellNr} vom {$Bestellung->dErstelldatum_de} konnten wir die Lieferadresse nicht zuordnen:
{$Lieferadresse->cStrasse} {$Lieferadresse->cHausnummer}, {$Lieferadresse->cPLZ} {$Lieferadresse->cOrt}

Bitte bestätigen Sie uns die Adresse über die Amazon-Nachrichten.

Mit freundlichen Grüßen
{$Firma->cName}
