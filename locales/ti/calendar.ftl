# Calendar files (.ics) for appointments and orientation sessions, and the buttons that make them.
calendar-add-one = ኣብ ካላንደረይ ወስኽዎ
calendar-add-all = ኩሉ ኣብ ካላንደረይ ወስኽዎ
# In the calendar file. { $items } is a list, one item a line.
calendar-bring = ክትሕዝዎ ዘለኩም፦
    { $items }
# The calendar's reminder, the day before. { $what } is the appointment's name.
calendar-reminder = ጽባሕ፦ { $what }
