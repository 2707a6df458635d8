# Calendar files (.ics) for appointments and orientation sessions, and the buttons that make them.
calendar-add-one = Add to my calendar
calendar-add-all = Add all to my calendar
# In the calendar file. { $items } is a list, one item a line.
calendar-bring = What to bring:
    { $items }
# The calendar's reminder, the day before. { $what } is the appointment's name.
calendar-reminder = Tomorrow: { $what }
