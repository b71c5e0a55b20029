"""Prints what both parts of the shop get from the shared API."""
from shop.billing import invoices
from shop.orders import totals

print('order total:', totals.order_total(['apple', 'bread', 'cheese']))
print('confirmation:', totals.confirm(7))
print('packed:', totals.packed(['apple', 'bread']))
print('invoice amounts:', sorted(invoices.invoice_amounts(['inv-1', 'inv-2']).items()))
print('receipt:', invoices.receipt('inv-2'))
