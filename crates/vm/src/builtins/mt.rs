//! PHP's Mersenne Twister (`mt_rand`, `rand`, `shuffle`, `array_rand`): the same
//! sequence as PHP for a given seed, including PHP's range reduction and the legacy
//! `MT_RAND_PHP` mode.

const N: usize = 624;
const M: usize = 397;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// The correct MT19937 (`MT_RAND_MT19937`, the default).
    Mt19937,
    /// PHP 5's twist with the wrong bit, and modulus-free scaling (`MT_RAND_PHP`).
    Php,
}

#[derive(Debug)]
pub struct Mt {
    state: [u32; N],
    next: usize,
    mode: Mode,
}

impl Mt {
    pub fn new(seed: u32, mode: Mode) -> Mt {
        let mut state = [0u32; N];
        state[0] = seed;
        for i in 1..N {
            let prev = state[i - 1];
            state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        let mut mt = Mt {
            state,
            next: N,
            mode,
        };
        mt.reload();
        mt
    }

    fn twist(&self, m: u32, u: u32, v: u32) -> u32 {
        let mix = (u & 0x8000_0000) | (v & 0x7fff_ffff);
        // PHP's legacy mode takes the low bit from `u` instead of `v`.
        let low = match self.mode {
            Mode::Mt19937 => v & 1,
            Mode::Php => u & 1,
        };
        m ^ (mix >> 1) ^ (0u32.wrapping_sub(low) & 0x9908_b0df)
    }

    fn reload(&mut self) {
        for i in 0..N {
            let m = self.state[(i + M) % N];
            let v = self.state[(i + 1) % N];
            self.state[i] = self.twist(m, self.state[i], v);
        }
        self.next = 0;
    }

    /// The next 32 raw bits (`php_mt_rand`).
    pub fn next_u32(&mut self) -> u32 {
        if self.next == N {
            self.reload();
        }
        let mut s = self.state[self.next];
        self.next += 1;
        s ^= s >> 11;
        s ^= (s << 7) & 0x9d2c_5680;
        s ^= (s << 15) & 0xefc6_0000;
        s ^ (s >> 18)
    }

    /// `mt_rand()` without arguments: 31 bits.
    pub fn next_int(&mut self) -> i64 {
        i64::from(self.next_u32() >> 1)
    }

    /// A uniform value in `[min, max]` (`php_mt_rand_range`), rejection-sampled.
    pub fn range(&mut self, min: i64, max: i64) -> i64 {
        let umax = (max as u64).wrapping_sub(min as u64);
        let r = if umax > u64::from(u32::MAX) {
            self.range64(umax)
        } else {
            u64::from(self.range32(umax as u32))
        };
        (min as u64).wrapping_add(r) as i64
    }

    /// `mt_rand(min, max)` / `rand(min, max)`: the range, or PHP 5's scaling in legacy mode.
    pub fn range_common(&mut self, min: i64, max: i64) -> i64 {
        match self.mode {
            Mode::Mt19937 => self.range(min, max),
            Mode::Php => {
                let n = self.next_int() as f64;
                let span = max as f64 - min as f64 + 1.0;
                min.wrapping_add((span * (n / (2_147_483_647.0 + 1.0))) as i64)
            }
        }
    }

    fn range32(&mut self, umax: u32) -> u32 {
        let mut result = self.next_u32();
        if umax == u32::MAX {
            return result;
        }
        let umax = umax + 1;
        if umax & (umax - 1) == 0 {
            return result & (umax - 1);
        }
        let limit = u32::MAX - (u32::MAX % umax) - 1;
        while result > limit {
            result = self.next_u32();
        }
        result % umax
    }

    fn range64(&mut self, umax: u64) -> u64 {
        // Two draws, the first one in the low half (PHP 8.2's engine-generic way).
        let next = |mt: &mut Mt| {
            let low = u64::from(mt.next_u32());
            low | (u64::from(mt.next_u32()) << 32)
        };
        let mut result = next(self);
        if umax == u64::MAX {
            return result;
        }
        let umax = umax + 1;
        if umax & (umax - 1) == 0 {
            return result & (umax - 1);
        }
        let limit = u64::MAX - (u64::MAX % umax) - 1;
        while result > limit {
            result = next(self);
        }
        result % umax
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from php 8.2: `mt_srand(42); echo mt_rand(), ...`.
    #[test]
    fn matches_php_sequence() {
        let mut mt = Mt::new(42, Mode::Mt19937);
        assert_eq!(mt.next_int(), 804318771);
        assert_eq!(mt.next_int(), 1710563033);
        assert_eq!(mt.range_common(1, 100), 77);
        assert_eq!(mt.range_common(0, i64::MAX), 4279532807823660302);
        assert_eq!(mt.range_common(-1000, 1000), 799);
        assert_eq!(mt.next_int(), 1285609310);
        assert_eq!(mt.range_common(1, 10), 5);
    }

    #[test]
    fn legacy_mode() {
        // php: mt_srand(5, MT_RAND_PHP); echo mt_rand(), " ", mt_rand(1, 100);
        let mut mt = Mt::new(5, Mode::Php);
        assert_eq!(mt.next_int(), 1663152327);
        assert_eq!(mt.range_common(1, 100), 6);
    }

    #[test]
    fn long_runs_reload() {
        let mut mt = Mt::new(1, Mode::Mt19937);
        for _ in 0..2000 {
            let v = mt.range(3, 9);
            assert!((3..=9).contains(&v));
        }
    }
}
