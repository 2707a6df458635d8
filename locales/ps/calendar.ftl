# Calendar files (.ics) for appointments and orientation sessions, and the buttons that make them.
calendar-add-one = زما جنتري ته یې ورزیات کړئ
calendar-add-all = ټول زما جنتري ته ورزیات کړئ
# In the calendar file. { $items } is a list, one item a line.
calendar-bring = له ځان سره څه یوسئ:
    { $items }
# The calendar's reminder, the day before. { $what } is the appointment's name.
calendar-reminder = سبا: { $what }
