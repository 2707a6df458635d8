home-title = Ku soo dhawoow { -brand-name }
home-lead = { -brand-name } wuxuu kaa caawinayaa inaad u diyaargarowdo guuritaankaaga, tallaabo tallaabo, adigoo isticmaalaya luqaddaada. Wuxuu ku shaqeeyaa taleefan, wuxuuna isticmaalaa intarneet aad u yar.

# Section for refugees preparing to travel to Canada.
home-traveller-heading = Haddii aad u safrayso Kanada
home-traveller-orientation = Wax ka baro nolosha Kanada: waa isla mawduucyada lagu barto casharrada Hagitaanka Kanada ee Dibadda.
home-traveller-schedule = La soco ballamahaaga: wareysiga, baaritaanka caafimaadka, casharka hagitaanka iyo duulimaadka, iyo waxa aad la imaanayso.
home-traveller-loan = Eeg inta lacag ah ee laga yaabo inaad bil kasta ku bixiso deynta safarkaaga, iyo goorta ay bixintu bilaabanayso.
# Links from the home page to the traveller's pages.
home-traveller-orientation-link = Wax ka akhri nolosha Kanada
home-traveller-schedule-link = Eeg ballamahaaga
home-traveller-loan-link = Qiyaas deynta safarkaaga
home-traveller-sessions-link = Raadi casharka hagitaanka

# Section for people in Canada who sponsor a refugee family or person.
home-sponsor-heading = Haddii aad qof kafaala qaadayso
home-sponsor-timeline = Eeg waxa inta badan dhaca ka hor iyo ka dib imaatinka, iyo goorta ay dhacaan.
home-sponsor-share = La wadaag jadwalka kooxdaada, adigoon la wadaagin macluumaadka gaarka ah ee qofna.
# Link from the home page to the sponsor's page.
home-sponsor-link = Eeg jadwalka imaatinka

# Section for people leaving Canada with IOM's help to go back to their country (assisted voluntary return).
home-returnee-heading = Haddii aad dalkaaga ugu noqonayso caawimaadda IOM
home-returnee-deadlines = Ogow waqtiyada kama dambaysta ah ee muhiimka ah marka aad gaarto kadib.
home-returnee-plan = Eeg noocyada caawimaadda ee loo heli karo qorshahaaga dib-u-dhexgalka iyo tallaabadaada xigta.
# Link from the home page to the returnee's page.
home-returnee-link = Eeg noocyada caawimaadda iyo qorshahaaga

home-privacy-heading = Macluumaadkaagu adiga ayuu kula jiraa
home-privacy-body = { -brand-name } ma weydiiyo magacaaga. Waxaad qorto meelna looma diro, haddii aadan adigu dooran inaad wadaagto mooyee.
