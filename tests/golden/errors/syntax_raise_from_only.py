raise from ValueError
