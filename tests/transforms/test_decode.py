import pytest

from transforms.decode import decode
from transforms.document import DocumentRejected


def test_utf8_is_decoded_as_is_without_bom():
    d = decode("\ufeffCafé “quoted”".encode())
    assert (d.text, d.encoding, d.fallback) == ("Café “quoted”", "utf-8", False)


def test_cp1252_falls_back_and_says_so():
    d = decode("José Muñoz said the crème brûlée was “perfect”.".encode("cp1252"))
    assert d.text == "José Muñoz said the crème brûlée was “perfect”."
    assert d.fallback and d.encoding == "cp1252"


@pytest.mark.parametrize("data", [b"", b"   \n", bytes(range(256)) * 8, b"\x00\x01\x02" * 100])
def test_empty_and_binary_data_are_rejected(data):
    with pytest.raises(DocumentRejected):
        decode(data)
