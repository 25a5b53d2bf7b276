//! PHP's sort algorithm (`zend_sort`): insertion sort up to 16 elements, otherwise a
//! quicksort with a median-of-3 (or of 5, from 1024 elements) pivot. Reproducing the
//! algorithm, not just "a stable sort", is what makes the order of elements that
//! PHP's comparison does not order consistently (mixed types) come out as in PHP.
//!
//! `gt(a, b)` answers "does `a` sort after `b`"; its error (an exception from a user
//! callback) stops the sort.

/// Sorts `v` in place, PHP's way.
pub fn zend_sort<T, E>(
    v: &mut [T],
    gt: &mut impl FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(), E> {
    let mut lo = 0;
    let mut n = v.len();
    loop {
        if n <= 16 {
            return insert_sort(&mut v[lo..lo + n], gt);
        }
        let end = lo + n;
        let offset = n >> 1;
        let pivot = lo + offset;
        if n >> 10 != 0 {
            let delta = offset >> 1;
            sort5(v, [lo, lo + delta, pivot, pivot + delta, end - 1], gt)?;
        } else {
            sort3(v, [lo, pivot, end - 1], gt)?;
        }
        v.swap(lo + 1, pivot);
        let pivot = lo + 1;
        let mut i = pivot + 1;
        let mut j = end - 1;
        'partition: loop {
            while gt(&v[pivot], &v[i])? {
                i += 1;
                if i == j {
                    break 'partition;
                }
            }
            j -= 1;
            if j == i {
                break;
            }
            while gt(&v[j], &v[pivot])? {
                j -= 1;
                if j == i {
                    break 'partition;
                }
            }
            v.swap(i, j);
            i += 1;
            if i == j {
                break;
            }
        }
        v.swap(pivot, i - 1);
        // Recurse into the smaller side, loop on the larger one.
        if (i - 1) - lo < end - i {
            zend_sort(&mut v[lo..i - 1], gt)?;
            lo = i;
            n = end - i;
        } else {
            zend_sort(&mut v[i..end], gt)?;
            n = i - lo - 1;
        }
    }
}

fn sort2<T, E>(
    v: &mut [T],
    a: usize,
    b: usize,
    gt: &mut impl FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(), E> {
    if gt(&v[a], &v[b])? {
        v.swap(a, b);
    }
    Ok(())
}

fn sort3<T, E>(
    v: &mut [T],
    [a, b, c]: [usize; 3],
    gt: &mut impl FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(), E> {
    if !gt(&v[a], &v[b])? {
        if !gt(&v[b], &v[c])? {
            return Ok(());
        }
        v.swap(b, c);
        return sort2(v, a, b, gt);
    }
    if !gt(&v[c], &v[b])? {
        v.swap(a, c);
        return Ok(());
    }
    v.swap(a, b);
    sort2(v, b, c, gt)
}

/// Sinks the element at `idx[k]` down the already sorted `idx[..k]`.
fn sink<T, E>(
    v: &mut [T],
    idx: &[usize],
    k: usize,
    gt: &mut impl FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(), E> {
    let mut k = k;
    while k > 0 && gt(&v[idx[k - 1]], &v[idx[k]])? {
        v.swap(idx[k - 1], idx[k]);
        k -= 1;
    }
    Ok(())
}

fn sort4<T, E>(
    v: &mut [T],
    idx: [usize; 4],
    gt: &mut impl FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(), E> {
    sort3(v, [idx[0], idx[1], idx[2]], gt)?;
    sink(v, &idx, 3, gt)
}

fn sort5<T, E>(
    v: &mut [T],
    idx: [usize; 5],
    gt: &mut impl FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(), E> {
    sort4(v, [idx[0], idx[1], idx[2], idx[3]], gt)?;
    sink(v, &idx, 4, gt)
}

/// Moves `v[i]` down to position `j` (shifting `v[j..i]` up by one).
fn rotate_into<T>(v: &mut [T], i: usize, j: usize) {
    v[j..=i].rotate_right(1);
}

fn insert_sort<T, E>(v: &mut [T], gt: &mut impl FnMut(&T, &T) -> Result<bool, E>) -> Result<(), E> {
    match v.len() {
        0 | 1 => return Ok(()),
        2 => return sort2(v, 0, 1, gt),
        3 => return sort3(v, [0, 1, 2], gt),
        4 => return sort4(v, [0, 1, 2, 3], gt),
        5 => return sort5(v, [0, 1, 2, 3, 4], gt),
        _ => {}
    }
    // The first six: a linear scan back.
    for i in 1..6 {
        let mut j = i - 1;
        if !gt(&v[j], &v[i])? {
            continue;
        }
        while j != 0 {
            j -= 1;
            if !gt(&v[j], &v[i])? {
                j += 1;
                break;
            }
        }
        rotate_into(v, i, j);
    }
    // The rest: scan back two at a time.
    for i in 6..v.len() {
        let mut j = i - 1;
        if !gt(&v[j], &v[i])? {
            continue;
        }
        loop {
            j -= 2;
            if !gt(&v[j], &v[i])? {
                j += 1;
                if !gt(&v[j], &v[i])? {
                    j += 1;
                }
                break;
            }
            if j == 0 {
                break;
            }
            if j == 1 {
                j -= 1;
                if gt(&v[i], &v[j])? {
                    j += 1;
                }
                break;
            }
        }
        rotate_into(v, i, j);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(mut v: Vec<i64>) -> Vec<i64> {
        zend_sort(&mut v, &mut |a: &i64, b: &i64| Ok::<_, ()>(a > b)).expect("sort");
        v
    }

    #[test]
    fn sorts_all_sizes() {
        let mut seed = 12345u64;
        for n in 0..1200 {
            let v: Vec<i64> = (0..n)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 33) % 50) as i64
                })
                .collect();
            let mut expected = v.clone();
            expected.sort();
            assert_eq!(sorted(v), expected, "n = {n}");
        }
    }

    #[test]
    fn error_stops_sort() {
        let mut v = vec![3, 2, 1];
        let r = zend_sort(&mut v, &mut |_: &i32, _: &i32| Err::<bool, &str>("boom"));
        assert_eq!(r, Err("boom"));
    }

    /// A comparison that orders nothing consistently, with usort's tie-break on the
    /// original position: PHP's order for
    /// `usort($a, fn($a, $b) => ($a * 7 + $b * 3) % 5 - 2)` on `range(0, n - 1)`, php 8.2.
    #[test]
    fn inconsistent_comparison_matches_php() {
        let cases: [&[i64]; 3] = [
            &[
                9, 11, 18, 3, 0, 15, 4, 6, 1, 13, 8, 10, 5, 12, 7, 17, 2, 14, 19, 16,
            ],
            &[1, 3, 0, 5, 2, 7, 4, 9, 6, 11, 8, 10],
            &[
                6, 1, 21, 11, 13, 38, 3, 18, 23, 33, 8, 28, 25, 0, 14, 9, 4, 19, 16, 35, 30, 20,
                15, 5, 10, 22, 7, 2, 37, 27, 12, 17, 32, 39, 34, 29, 24, 36, 26, 31,
            ],
        ];
        for expected in cases {
            let mut v: Vec<i64> = (0..expected.len() as i64).collect();
            zend_sort(&mut v, &mut |a: &i64, b: &i64| {
                let r = (a * 7 + b * 3) % 5 - 2;
                Ok::<_, ()>(r > 0 || (r == 0 && a > b))
            })
            .expect("sort");
            assert_eq!(v, expected);
        }
    }
}
