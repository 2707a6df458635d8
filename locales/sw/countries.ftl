# Country names, by ISO 3166-1 code (lower case): one for every country in the data
# (sessions, offices). tests/locales.rs checks that none is missing.
country-af = Afghanistan
country-ca = Kanada
country-jo = Yordani
country-ke = Kenya
country-pk = Pakistani
