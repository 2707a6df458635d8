# Under the figures a page shows: where each comes from, and whether a person checked it.
sources-heading = Where these figures come from
# { $date } is a date.
sources-checked = A person compared this with the source on { $date }.
sources-unchecked = No person has compared this with the source yet.
