1 2 u3 "a" 0x01 true none
