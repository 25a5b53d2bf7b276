//! `multipart/form-data` bodies (`rfc1867.c`): fields into `$_POST`, files into
//! temp files and `$_FILES`.
