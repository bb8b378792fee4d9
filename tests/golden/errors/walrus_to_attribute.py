class O: pass
o = O()
if (o.x := 1):
    pass
