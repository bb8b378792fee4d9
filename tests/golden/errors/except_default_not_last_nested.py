def f():
    try:
        pass
    except ValueError:
        pass
    except:
        pass
    except TypeError as e:
        pass
