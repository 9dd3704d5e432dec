raise BaseException("base class directly")
