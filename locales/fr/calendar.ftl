# Calendar files (.ics) for appointments and orientation sessions, and the buttons that make them.
calendar-add-one = Ajouter à mon calendrier
calendar-add-all = Tout ajouter à mon calendrier
# In the calendar file. { $items } is a list, one item a line.
calendar-bring = Ce qu’il faut apporter :
    { $items }
# The calendar's reminder, the day before. { $what } is the appointment's name.
calendar-reminder = Demain : { $what }
