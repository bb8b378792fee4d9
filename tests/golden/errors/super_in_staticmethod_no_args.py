class K:
    @staticmethod
    def m():
        super().x()
