"""Invoices: amounts fetched and receipts sent in the background."""
import shop.api as shared
from shop.api import async_send_request as send_later

AMOUNTS = {'inv-1': 120, 'inv-2': 80}


def invoice_amounts(numbers):
    return shared.async_fetch_data(numbers, AMOUNTS.get).wait()


def receipt(number):
    return send_later(number, lambda n: 'receipt for %s' % n, label='receipt').wait()
