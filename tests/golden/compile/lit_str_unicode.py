# unicode text in strings and identifiers
grüße = 'grüße'
café = 'café au lait, très bien'
π = 3.14159
名前 = '日本語のテキスト'
emoji = '😀😃😄'
mixed = 'aé€😀'
def fünf(ä, ö=1, *ü, ß):
    return ä + ö + ß
class Ünïcode:
    ñ = 1
    def método(self):
        return self.ñ
print(grüße, café, π, 名前, emoji, mixed, fünf(1, ß=2), Ünïcode().método())
