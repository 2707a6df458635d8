# Under the figures a page shows: where each comes from, and whether a person checked it.
sources-heading = D’où viennent ces chiffres
# { $date } is a date.
sources-checked = Une personne a comparé ces chiffres avec la source le { $date }.
sources-unchecked = Personne n’a encore comparé ces chiffres avec la source.
