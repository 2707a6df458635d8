# Calendar files (.ics) for appointments and orientation sessions, and the buttons that make them.
calendar-add-one = به تقویم خود اضافه کنید
calendar-add-all = همه را به تقویم خود اضافه کنید
# In the calendar file. { $items } is a list, one item a line.
calendar-bring = چه چیزهایی را با خود ببرید:
    { $items }
# The calendar's reminder, the day before. { $what } is the appointment's name.
calendar-reminder = فردا: { $what }
