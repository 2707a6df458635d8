# Calendar files (.ics) for appointments and orientation sessions, and the buttons that make them.
calendar-add-one = Ongeza kwenye kalenda yangu
calendar-add-all = Ongeza yote kwenye kalenda yangu
# In the calendar file. { $items } is a list, one item a line.
calendar-bring = Vitu vya kubeba:
    { $items }
# The calendar's reminder, the day before. { $what } is the appointment's name.
calendar-reminder = Kesho: { $what }
