# Page: /appointments, a traveller's appointments (selection interview, medical exam,
# orientation session, flight), opened with the access code from the IOM letter.
appt-title = My appointments
appt-lead = See your interview, medical exam, orientation session and flight, with what to bring. Your code stays on this phone: Passage does not keep it.
# A checkbox. When ticked, the appointments stay on the phone and open without internet.
appt-keep = Keep my appointments on this phone for use offline
# Shown when the appointments are example data, not a real case.
appt-demo = These appointments are an example, to try Passage. They are not real.
# { $date } is a formatted date.
appt-updated = Last updated on { $date }. To see changes, enter your code again below.
appt-refresh = Check for changes
appt-upcoming = Coming up
appt-none-upcoming = You have no appointments coming up. Your IOM office will tell you when you have a new one.
# A folded list of appointments that are over. { $count-text } is how many, in the reader's digits.
appt-past = Past appointments ({ $count-text })

appt-kind-selection-interview = Selection interview
appt-kind-medical-exam = Medical exam
appt-kind-orientation = Orientation session (Canadian Orientation Abroad)
appt-kind-flight = Flight to Canada
appt-kind-other = Appointment

# How long until an appointment.
appt-countdown-today = Today
appt-countdown-tomorrow = Tomorrow
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits.
appt-countdown-days = In { $days-text } { $days ->
    [one] day
   *[other] days
}
appt-countdown-past = This appointment is over

appt-bring-legend = What to bring
appt-bring-travel-documents = Your travel documents (passport or other identity papers)
appt-bring-case-letters = The letters about your case
appt-bring-family-members = Every family member on your case
appt-bring-medical-records = Your medical papers and vaccination records
appt-bring-glasses = Your glasses, if you wear them
appt-bring-medicines = Your medicines, in their boxes
appt-bring-questions = Your questions, written down
appt-bring-notebook = A notebook and a pen
appt-bring-warm-clothes = Warm clothes for arriving in Canada
appt-bring-other = Something else: your IOM office will tell you

# { $date } is the last day the medical exam's result is valid.
appt-medical-valid = Your medical exam result is valid until { $date }.
appt-medical-warning = Your flight is after this date. Ask your IOM office: you need a new medical exam before you fly.
