<?php
class A extends P {
    const C = 1;
    public static $s;
    public $p;
    function m() {
        $a = self::C; $b = static::C; $c = parent::C;
        $d = self::$s; $e = static::$s; $f = parent::$s;
        self::m(); static::m(); parent::m();
        $g = new self; $h = new static; $i = new parent;
        $j = $x instanceof self; $k = $x instanceof static;
        $l = self::class; $m = static::class; $n = parent::class;
        $this->p = 1; $o = $this->p; $this->m();
        $q = $this; $r = isset($this); $t = isset($this->p);
        unset($this->p); $this->p++;
        f($this); f($this->p);
        $fn = function() { return $this->p; };
        $sfn = static function() { return self::C; };
        $afn = fn() => $this->p;
        return __CLASS__ . __METHOD__ . __FUNCTION__;
    }
    static function sm() { return static::$s; }
}
