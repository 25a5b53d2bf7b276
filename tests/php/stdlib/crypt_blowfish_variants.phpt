--TEST--
crypt() Blowfish: $2x$ keeps the sign-extension bug for bytes >= 0x80, $2a$ its countermeasure (words the bug leaves unchanged, as "\xff\xff\xa3"), $2b$/$2y$ plain; the salt's last character is re-encoded; the password stops at 72 bytes
--FILE--
<?php
$passwords = ["\xa3", "\xff\xff\xa3", "1\xa3345", "\xff\xa334\xff\xff\xff\xa3345", "\xd0\xc1\xd2\xcf\xcc\xd8", "plain", str_repeat("\xaa", 80), "\x80\x80\x80\x80"];
foreach ($passwords as $p) {
    foreach (['a', 'b', 'x', 'y'] as $v) {
        echo bin2hex($p), " $v ", crypt($p, "\$2$v\$04\$/OK.fbVrR/bpIqNJ5ianFz"), "\n";
    }
}
var_dump(crypt("x", '$2z$04$/OK.fbVrR/bpIqNJ5ianF.'), crypt("x", '$2a$04$/OK.fbVrR/bpIqNJ5ian'));
?>
--EXPECT--
a3 a $2a$04$/OK.fbVrR/bpIqNJ5ianFuLtQea5oqLvHyxZeQwF2rASsNlpBzKgS
a3 b $2b$04$/OK.fbVrR/bpIqNJ5ianFuLtQea5oqLvHyxZeQwF2rASsNlpBzKgS
a3 x $2x$04$/OK.fbVrR/bpIqNJ5ianFuCbJVQOAMsT4A77oLoKdyvJ5Rh4yn6kO
a3 y $2y$04$/OK.fbVrR/bpIqNJ5ianFuLtQea5oqLvHyxZeQwF2rASsNlpBzKgS
ffffa3 a $2a$04$/OK.fbVrR/bpIqNJ5ianFuoKGbGViwlXZHJkB0wYx4sJW8mpnDeTS
ffffa3 b $2b$04$/OK.fbVrR/bpIqNJ5ianFuCbJVQOAMsT4A77oLoKdyvJ5Rh4yn6kO
ffffa3 x $2x$04$/OK.fbVrR/bpIqNJ5ianFuCbJVQOAMsT4A77oLoKdyvJ5Rh4yn6kO
ffffa3 y $2y$04$/OK.fbVrR/bpIqNJ5ianFuCbJVQOAMsT4A77oLoKdyvJ5Rh4yn6kO
31a3333435 a $2a$04$/OK.fbVrR/bpIqNJ5ianFuQxRQ3coTy4irhRVOfJleaRQeZbxuiVy
31a3333435 b $2b$04$/OK.fbVrR/bpIqNJ5ianFuQxRQ3coTy4irhRVOfJleaRQeZbxuiVy
31a3333435 x $2x$04$/OK.fbVrR/bpIqNJ5ianFuduA.E5DOwdWOWh0Jv9StHD9MJ1errT6
31a3333435 y $2y$04$/OK.fbVrR/bpIqNJ5ianFuQxRQ3coTy4irhRVOfJleaRQeZbxuiVy
ffa33334ffffffa3333435 a $2a$04$/OK.fbVrR/bpIqNJ5ianFuuwEWGKUeRMCAphB/9kwfKQkaf//wBgu
ffa33334ffffffa3333435 b $2b$04$/OK.fbVrR/bpIqNJ5ianFuduA.E5DOwdWOWh0Jv9StHD9MJ1errT6
ffa33334ffffffa3333435 x $2x$04$/OK.fbVrR/bpIqNJ5ianFuduA.E5DOwdWOWh0Jv9StHD9MJ1errT6
ffa33334ffffffa3333435 y $2y$04$/OK.fbVrR/bpIqNJ5ianFuduA.E5DOwdWOWh0Jv9StHD9MJ1errT6
d0c1d2cfccd8 a $2a$04$/OK.fbVrR/bpIqNJ5ianFuJ5UT4U8NWXqlr4VW1BQL0IF5FKsJbqK
d0c1d2cfccd8 b $2b$04$/OK.fbVrR/bpIqNJ5ianFuJ5UT4U8NWXqlr4VW1BQL0IF5FKsJbqK
d0c1d2cfccd8 x $2x$04$/OK.fbVrR/bpIqNJ5ianFu5rYAvr3QDAln1yDuq7fSrm/LAdGsWZK
d0c1d2cfccd8 y $2y$04$/OK.fbVrR/bpIqNJ5ianFuJ5UT4U8NWXqlr4VW1BQL0IF5FKsJbqK
706c61696e a $2a$04$/OK.fbVrR/bpIqNJ5ianFu8akAXmabjtW0FDV4.fhvFZjcUqFVkYu
706c61696e b $2b$04$/OK.fbVrR/bpIqNJ5ianFu8akAXmabjtW0FDV4.fhvFZjcUqFVkYu
706c61696e x $2x$04$/OK.fbVrR/bpIqNJ5ianFu8akAXmabjtW0FDV4.fhvFZjcUqFVkYu
706c61696e y $2y$04$/OK.fbVrR/bpIqNJ5ianFu8akAXmabjtW0FDV4.fhvFZjcUqFVkYu
aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa a $2a$04$/OK.fbVrR/bpIqNJ5ianFuWfP3f1SL2tHseFi36qAbDD/lc9G7LWu
aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa b $2b$04$/OK.fbVrR/bpIqNJ5ianFuWfP3f1SL2tHseFi36qAbDD/lc9G7LWu
aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa x $2x$04$/OK.fbVrR/bpIqNJ5ianFuItIUT3svkHOthUWliQoxKwsQCQDB4Wy
aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa y $2y$04$/OK.fbVrR/bpIqNJ5ianFuWfP3f1SL2tHseFi36qAbDD/lc9G7LWu
80808080 a $2a$04$/OK.fbVrR/bpIqNJ5ianFu5xicBI7xoMIQCi6nY0qrDHFBZFeEKbC
80808080 b $2b$04$/OK.fbVrR/bpIqNJ5ianFu5xicBI7xoMIQCi6nY0qrDHFBZFeEKbC
80808080 x $2x$04$/OK.fbVrR/bpIqNJ5ianFuh/vZ.9wKHbwVJk0.lMxAH28xUpm8n8O
80808080 y $2y$04$/OK.fbVrR/bpIqNJ5ianFu5xicBI7xoMIQCi6nY0qrDHFBZFeEKbC
string(2) "*0"
string(2) "*0"
