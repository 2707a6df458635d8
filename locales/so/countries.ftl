# Country names, by ISO 3166-1 code (lower case): one for every country in the data
# (sessions, offices). tests/locales.rs checks that none is missing.
country-af = Afgaanistaan
country-ca = Kanada
country-jo = Urdun
country-ke = Kenya
country-pk = Bakistaan
