home-title = Welcome to { -brand-name }
home-lead = { -brand-name } helps you prepare for your move, step by step, in your language. It works on a phone and uses very little data.

# Section for refugees preparing to travel to Canada.
home-traveller-heading = If you are travelling to Canada
home-traveller-orientation = Learn about life in Canada: the same topics as the Canadian Orientation Abroad sessions.
home-traveller-schedule = Keep track of your appointments: interview, medical exam, orientation session and flight, with what to bring.
home-traveller-loan = See what your travel loan may cost each month, and when payments start.
# Links from the home page to the traveller's pages.
home-traveller-orientation-link = Read about life in Canada
home-traveller-schedule-link = See my appointments
home-traveller-loan-link = Estimate your travel loan
home-traveller-sessions-link = Find an orientation session

# Section for people in Canada who sponsor a refugee family or person.
home-sponsor-heading = If you are sponsoring someone
home-sponsor-timeline = See what usually happens before and after arrival, and when.
home-sponsor-share = Share the timeline with your group without sharing anyone's personal details.
# Link from the home page to the sponsor's page.
home-sponsor-link = See the arrival timeline

# Section for people leaving Canada with IOM's help to go back to their country (assisted voluntary return).
home-returnee-heading = If you are returning home with IOM
home-returnee-deadlines = Know the deadlines that matter after you arrive.
home-returnee-plan = See the kinds of help available for your reintegration plan and your next step.
# Link from the home page to the returnee's page.
home-returnee-link = See the kinds of help and your plan

home-privacy-heading = Your information stays with you
home-privacy-body = { -brand-name } does not ask for your name. Nothing you type is sent anywhere unless you choose to share it.
