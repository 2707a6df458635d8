# Under the figures a page shows: where each comes from, and whether a person checked it.
sources-heading = Takwimu hizi zinatoka wapi
# { $date } is a date.
sources-checked = Mtu alilinganisha takwimu hizi na chanzo chake tarehe { $date }.
sources-unchecked = Bado hakuna mtu aliyelinganisha takwimu hizi na chanzo chake.
