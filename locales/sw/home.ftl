home-title = Karibu { -brand-name }
home-lead = { -brand-name } inakusaidia kujiandaa kwa safari yako, hatua kwa hatua, kwa lugha yako. Inafanya kazi kwenye simu na inatumia data kidogo sana.

# Section for refugees preparing to travel to Canada.
home-traveller-heading = Ikiwa unasafiri kwenda Kanada
home-traveller-orientation = Jifunze kuhusu maisha ya Kanada: mada zilezile zinazofundishwa katika vipindi vya Maelekezo ya Kanada Nje ya Nchi.
home-traveller-schedule = Fuatilia miadi yako: mahojiano, uchunguzi wa afya, kipindi cha maelekezo na safari ya ndege, pamoja na vitu vya kubeba.
home-traveller-loan = Tazama kiasi ambacho mkopo wako wa safari unaweza kugharimu kila mwezi, na lini malipo yanaanza.
# Links from the home page to the traveller's pages.
home-traveller-orientation-link = Soma kuhusu maisha ya Kanada
home-traveller-schedule-link = Tazama miadi yangu
home-traveller-loan-link = Kadiria mkopo wako wa safari
home-traveller-sessions-link = Tafuta kipindi cha maelekezo

# Section for people in Canada who sponsor a refugee family or person.
home-sponsor-heading = Ikiwa unamdhamini mtu
home-sponsor-timeline = Tazama kinachotokea kwa kawaida kabla na baada ya kuwasili, na lini.
home-sponsor-share = Shiriki ratiba na kikundi chako bila kushiriki taarifa binafsi za mtu yeyote.
# Link from the home page to the sponsor's page.
home-sponsor-link = Tazama ratiba ya kuwasili

# Section for people leaving Canada with IOM's help to go back to their country (assisted voluntary return).
home-returnee-heading = Ikiwa unarudi nyumbani kwa msaada wa IOM
home-returnee-deadlines = Jua tarehe za mwisho zilizo muhimu baada ya kufika.
home-returnee-plan = Tazama aina za msaada zinazopatikana kwa mpango wako wa kurejea katika maisha ya jamii, na kwa hatua yako inayofuata.
# Link from the home page to the returnee's page.
home-returnee-link = Tazama aina za msaada na mpango wako

home-privacy-heading = Taarifa zako zinabaki kwako
home-privacy-body = { -brand-name } haiulizi jina lako. Hakuna unachoandika kinachotumwa popote, isipokuwa ukichagua kukishiriki.
