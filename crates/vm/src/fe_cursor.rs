//! Positions of the foreach-by-reference loops over arrays (Zend's `EG(ht_iterators)`).
//!
//! A by-reference foreach walks the array itself, so what the loop body does to the
//! array moves the loop with it: squeezing out holes, array_shift's renumbering and
//! array_unshift's inserts change the positions of elements, and the code that does so
//! moves the cursors on that array as Zend moves its iterators. A cursor is keyed by
//! the loop's VM slot and the reference cell it iterates, and names the array it last
//! saw by address. The VM keeps each loop's position too (`Vm::fe_positions`): it is
//! used when no cursor matches (a generator's loop resumed at another stack base).
//!
//! Loops have no exit hook here, so the cursor of a loop that ended stays until its
//! slot is reused or popped; it is never read again, and moving it does no harm.

use std::cell::{Cell, RefCell};

struct Cursor {
    slot: usize,
    cell: usize,
    array: usize,
    pos: usize,
}

thread_local! {
    static CURSORS: RefCell<Vec<Cursor>> = const { RefCell::new(Vec::new()) };
    /// Whether a cursor was ever opened: the array functions' cheap test.
    static ANY: Cell<bool> = const { Cell::new(false) };
}

/// A by-reference loop in VM slot `slot` starts over the array at address `array`,
/// held by the reference cell at `cell`. Cursors of slots from `stack_len` up belong
/// to frames that are gone.
pub fn open(slot: usize, cell: usize, array: usize, stack_len: usize) {
    CURSORS.with(|c| {
        let mut c = c.borrow_mut();
        c.retain(|x| x.slot != slot && x.slot < stack_len);
        c.push(Cursor {
            slot,
            cell,
            array,
            pos: 0,
        });
    });
    ANY.with(|a| a.set(true));
}

/// The next position of the loop in `slot` over `cell`, if a cursor holds it.
pub fn pos(slot: usize, cell: usize) -> Option<usize> {
    if !ANY.with(Cell::get) {
        return None;
    }
    CURSORS.with(|c| {
        c.borrow()
            .iter()
            .find(|x| x.slot == slot && x.cell == cell)
            .map(|x| x.pos)
    })
}

/// The loop in `slot` over `cell` goes on at `pos` in the array at `array` (its address
/// changes when the loop separates a shared array).
pub fn set(slot: usize, cell: usize, array: usize, pos: usize) {
    CURSORS.with(|c| {
        let mut c = c.borrow_mut();
        match c.iter_mut().find(|x| x.slot == slot && x.cell == cell) {
            Some(x) => {
                x.array = array;
                x.pos = pos;
            }
            None => c.push(Cursor {
                slot,
                cell,
                array,
                pos,
            }),
        }
    });
    ANY.with(|a| a.set(true));
}

/// Whether some cursor walks the array at `array`.
pub fn on(array: usize) -> bool {
    ANY.with(Cell::get) && CURSORS.with(|c| c.borrow().iter().any(|x| x.array == array))
}

/// The elements of the array at `array` moved: each cursor on it goes from position
/// `p` to `map(p)`.
pub fn remap(array: usize, map: impl Fn(usize) -> usize) {
    if !ANY.with(Cell::get) {
        return;
    }
    CURSORS.with(|c| {
        for x in c.borrow_mut().iter_mut().filter(|x| x.array == array) {
            x.pos = map(x.pos);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_follow_their_array_and_slot() {
        open(3, 100, 500, 10);
        open(4, 100, 600, 10);
        set(3, 100, 500, 2);
        set(4, 100, 600, 1);
        assert!(on(500));
        remap(500, |p| p + 5);
        assert_eq!(pos(3, 100), Some(7));
        assert_eq!(pos(4, 100), Some(1));
        assert_eq!(pos(3, 101), None);
        // A new loop in slot 3 replaces the old cursor; slots past the stack go.
        open(3, 102, 700, 4);
        assert_eq!(pos(3, 100), None);
        assert_eq!(pos(4, 100), None);
        assert_eq!(pos(3, 102), Some(0));
        assert!(!on(500));
    }
}
