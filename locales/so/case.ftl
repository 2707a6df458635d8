# The access code form, shared by the appointments, sponsor and return pages. The code is
# printed on the letter from IOM.
code-label = Koodhkaaga gelitaanka
# { $example } is an example code, like "7K3M9Q-T2XV8R-4WH6PD": keep it as it is.
code-hint = Wuxuu ku qoran yahay warqadda kaaga timid IOM: waa 18 xaraf iyo tiro, sida { $example }. Meelaha bannaan iyo xarriiqyada (-) muhiim ma aha.
code-submit = Fur
# Title of the box listing what is wrong, at the top of the page.
code-error-summary-title = Dhibaato ayaa jirta
code-error-empty = Geli koodhka gelitaanka ee ku qoran warqaddaada
# { $found } is how many letters and numbers were typed (choose the plural form with it);
# { $found-text } is the same number in the reader's digits; { $wanted } is how many a code has.
code-error-length = Waxaad qortay { $found-text } { $found ->
    [one] xaraf ama tiro
   *[other] xaraf iyo tiro
}. Koodhku wuxuu leeyahay { $wanted }: la barbardhig warqaddaada.
code-error-character = Koodhka waxaa ku jira calaamad aan xaraf ama tiro ahayn. La barbardhig warqaddaada.
# The code's last character shows a typing mistake: nothing was sent.
code-error-typo = Xaraf ama tiro ayaa u eg mid si khaldan loo qoray, ama laba ayaa meelahooda is-weydaartay. Koodhka la barbardhig warqaddaada.
code-error-unknown = Koodhkan ma aanu helin. La barbardhig warqaddaada, ama weydii xafiiskaaga IOM.
# { $minutes } is how long to wait (choose the plural form with it); { $minutes-text } is the same number in the reader's digits.
code-error-too-many = Isku-dayo aad u badan oo koodh ah ayaa laga sameeyay xiriirkan intarneetka. Sug { $minutes-text } { $minutes ->
    [one] daqiiqo
   *[other] daqiiqo
}, kadibna isku day mar kale.
code-error-offline = Intarneet kuma xirnid. Ku xirmo intarneetka si aad boggaaga ugu furto koodhkaaga.
code-error-server = Passage ma gaari karin server-kiisa. Isku day mar kale dhowr daqiiqo kadib.
# The choice to keep the person's information on the phone. Phones are often shared.
code-keep-hint = Tan ha dooran haddii dad kale ay isticmaalaan taleefankan. Waqti kasta waad ka saari kartaa.

# A section at the bottom of the personal pages.
remove-heading = Xogtaada ku jirta taleefankan
remove-body = Ka saar wax kasta oo Passage kaaga kaydiyay taleefankan: kiiskaaga, waxa aad calaamadisay iyo mawduucyada aad akhriday.
remove-button = Xogtayda ka saar taleefankan
remove-done = Xogtaada waa laga saaray taleefankan.

# Shown on the appointments, sponsor and return pages when the phone's clock is more than a
# day away from the server's: the days are then counted from the server's date. { $date } is
# that date, already written for the reader.
case-clock-wrong = Taariikhda telefoonkaagu waxay u muuqataa mid khaldan. Passage wuxuu maalmaha ka tiriyaa taariikhda maanta ee server-kiisa, { $date }.
