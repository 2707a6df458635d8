# Under the figures a page shows: where each comes from, and whether a person checked it.
sources-heading = እዞም ቁጽርታት ካበይ ይመጹ
# { $date } is a date.
sources-checked = ሓደ ሰብ ነዚ ምስ ምንጩ ዘነጻጸሮ ኣብ { $date } እዩ።
sources-unchecked = ክሳብ ሕጂ ነዚ ምስ ምንጩ ዘነጻጸረ ሰብ የለን።
