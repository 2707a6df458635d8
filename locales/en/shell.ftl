# The app's name. Keep it as "Passage" unless your language needs a transliteration.
-brand-name = Passage

# The app's name as shown in the header.
shell-brand = { -brand-name }

# Short line under the app's name in the header.
shell-tagline = Help for people who move with IOM
# Invisible until focused with the keyboard; jumps past the header to the page content.
shell-skip-link = Skip to main content
# Label of the drop-down list of languages in the header.
shell-language-label = Language
# Button next to the language list, shown only when the browser runs no JavaScript.
shell-language-apply = Show
# Accessible name of the main menu (read by screen readers as "Main navigation").
shell-nav-label = Main
shell-nav-home = Home
# Menu link to the orientation topics (life in Canada).
shell-nav-orientation = Life in Canada
# Menu link to the traveller's appointments.
shell-nav-appointments = Appointments
# Menu link to the loan estimate page.
shell-nav-loan = Travel loan
# Menu link to the orientation sessions.
shell-nav-sessions = Sessions
# Browser tab title: { $page } is the title of the page being shown.
shell-document-title = { $page } – { -brand-name }
# Put before the page title while a form shows errors (GOV.UK pattern), e.g. "Error: Your travel loan".
shell-error-title = Error: { $page }
# Read by screen readers (not shown) before each error message next to a field.
shell-error-prefix = Error:
# Footer: what Passage does with the user's data.
shell-footer-privacy = { -brand-name } has no trackers and no adverts. What you type stays on this phone or computer unless you choose to share it.
# Footer: where the information comes from and who can confirm it.
shell-footer-sources = Information from IOM (the International Organization for Migration) and the Government of Canada. Your IOM office can confirm anything you read here.

notfound-title = Page not found
notfound-body = We could not find this page. The address may be wrong, or the page may have moved.
notfound-home-link = Go to the home page

# Page shown without internet for an address this device has not saved yet.
offline-title = You are offline
offline-body = This page is not saved on this device yet. It will open when you are back online. The pages you opened before work without internet.
offline-home-link = Go to the home page

# Shown at the top of the page while the phone has no internet (or the server does not answer).
shell-offline-notice = You are offline. You see what was saved on this device.

# Shown when a new version of Passage has been downloaded; the button reloads the page.
shell-update-ready = A new version of Passage is ready.
shell-update-reload = Reload the page
# Between the items of a short list, e.g. the languages of a session ("Somali, Swahili"):
# a comma and a space in the language's own punctuation, in quotes.
shell-list-separator = { ", " }
# Shown on a page that was saved for offline use when the part of Passage that makes it work
# was not saved yet (the person is offline).
shell-app-missing = This page needs the internet the first time you use it. Connect once, and it will work offline after that.
# A button that asks the server again after a failure.
shell-retry = Try again
