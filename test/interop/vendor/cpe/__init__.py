from .cpe import CPE
