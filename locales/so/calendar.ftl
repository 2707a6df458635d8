# Calendar files (.ics) for appointments and orientation sessions, and the buttons that make them.
calendar-add-one = Ku dar kalandarkayga
calendar-add-all = Dhammaan ku dar kalandarkayga
# In the calendar file. { $items } is a list, one item a line.
calendar-bring = Waxa aad la imaanayso:
    { $items }
# The calendar's reminder, the day before. { $what } is the appointment's name.
calendar-reminder = Berri: { $what }
