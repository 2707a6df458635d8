# Calendar files (.ics) for appointments and orientation sessions, and the buttons that make them.
calendar-add-one = أضف إلى تقويمي
calendar-add-all = أضف كل المواعيد إلى تقويمي
# In the calendar file. { $items } is a list, one item a line.
calendar-bring = ما يجب أن تأخذه معك:
    { $items }
# The calendar's reminder, the day before. { $what } is the appointment's name.
calendar-reminder = غدًا: { $what }
