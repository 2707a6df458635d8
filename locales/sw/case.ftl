# The access code form, shared by the appointments, sponsor and return pages. The code is
# printed on the letter from IOM.
code-label = Msimbo wako wa kuingia
# { $example } is an example code, like "7K3M9Q-T2XV8R-4WH6PD": keep it as it is.
code-hint = Umeandikwa kwenye barua yako kutoka IOM: herufi na namba 18, kama { $example }. Nafasi na vistari si muhimu.
code-submit = Fungua
# Title of the box listing what is wrong, at the top of the page.
code-error-summary-title = Kuna tatizo
code-error-empty = Andika msimbo wa kuingia ulio kwenye barua yako
# { $found } is how many letters and numbers were typed (choose the plural form with it);
# { $found-text } is the same number in the reader's digits; { $wanted } is how many a code has.
code-error-length = Umeandika { $found ->
    [one] herufi au namba
   *[other] herufi na namba
} { $found-text }. Msimbo kamili una { $wanted }: linganisha na barua yako.
code-error-character = Msimbo una alama ambayo si herufi wala namba. Linganisha na barua yako.
# The code's last character shows a typing mistake: nothing was sent.
code-error-typo = Herufi au namba moja inaonekana imeandikwa vibaya, au mbili zimebadilishana nafasi. Linganisha msimbo na barua yako.
code-error-unknown = Hatukupata msimbo huu. Linganisha na barua yako, au uliza ofisi yako ya IOM.
# { $minutes } is how long to wait (choose the plural form with it); { $minutes-text } is the same number in the reader's digits.
code-error-too-many = Misimbo mingi mno imejaribiwa kutoka kwenye muunganisho huu. Subiri { $minutes ->
    [one] dakika
   *[other] dakika
} { $minutes-text }, kisha ujaribu tena.
code-error-offline = Huna mtandao. Unganisha simu na intaneti ili ufungue ukurasa wako kwa msimbo wako.
code-error-server = Passage haikuweza kufikia seva yake. Jaribu tena baada ya dakika chache.
# The choice to keep the person's information on the phone. Phones are often shared.
code-keep-hint = Usichague hili kwenye simu inayotumiwa na watu wengine. Unaweza kufuta taarifa zako wakati wowote.

# A section at the bottom of the personal pages.
remove-heading = Taarifa zako kwenye simu hii
remove-body = Futa kila kitu ambacho Passage imehifadhi kwenye simu hii kukuhusu: faili lako, ulichotia alama na mada ulizosoma.
remove-button = Futa taarifa zangu kwenye simu hii
remove-done = Taarifa zako zimefutwa kwenye simu hii.

# Shown on the appointments, sponsor and return pages when the phone's clock is more than a
# day away from the server's: the days are then counted from the server's date. { $date } is
# that date, already written for the reader.
case-clock-wrong = Tarehe ya simu yako inaonekana si sahihi. Passage huhesabu siku kuanzia tarehe ya leo kwenye seva yake, { $date }.
