def t_except(f):
    try:
        f()
    except ValueError:
        return 1
def t_except_else(f):
    try:
        f()
    except ValueError:
        return 1
    else:
        return 2
def t_except_finally(f):
    try:
        f()
    except ValueError:
        return 1
    finally:
        f = None
def t_except_else_finally(f):
    try:
        f()
    except ValueError:
        return 1
    else:
        return 2
    finally:
        f = None
def t_finally(f):
    try:
        f()
    finally:
        f = None
def t_many_handlers(f):
    try:
        f()
    except ValueError:
        r = 1
    except (TypeError, KeyError, IndexError, AttributeError, NameError):
        r = 2
    except OSError as e:
        r = e
    except Exception as e:
        r = e
    except:
        r = 3
    return r
def t_handler_in_handler(f):
    try:
        f()
    except ValueError:
        try:
            f()
        except ValueError as e:
            return e
        finally:
            f = None
    else:
        try:
            pass
        finally:
            pass
def t_control_in_parts(seq):
    for x in seq:
        try:
            if x == 0:
                continue
        except ValueError:
            break
        else:
            if x == 1:
                continue
            if x == 2:
                break
        finally:
            if x == 3:
                continue
    while seq:
        try:
            return seq.pop()
        except IndexError:
            return None
        finally:
            seq = None
def t_exc_name_reuse(f):
    e = 'before'
    try:
        f()
    except Exception as e:
        pass
    return e if 0 else None
def t_gen(f):
    try:
        yield f()
    except ValueError:
        yield 1
    else:
        yield 2
    finally:
        yield 3
def t_exc_var_closure(f):
    try:
        f()
    except Exception as err:
        return lambda: err
print(t_except, t_except_else, t_except_finally, t_except_else_finally, t_finally, t_many_handlers,
      t_handler_in_handler, t_control_in_parts([0, 1, 2]), t_exc_name_reuse, t_gen, t_exc_var_closure)
