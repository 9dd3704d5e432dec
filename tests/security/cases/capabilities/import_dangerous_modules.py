# expect: ok
# stdout: ModuleNotFoundError os\nModuleNotFoundError posix\nModuleNotFoundError subprocess\nModuleNotFoundError importlib\nModuleNotFoundError builtins\nModuleNotFoundError io\nModuleNotFoundError ctypes\nModuleNotFoundError socket\nModuleNotFoundError pickle\nModuleNotFoundError marshal\nModuleNotFoundError gc\nModuleNotFoundError inspect\nModuleNotFoundError types\nModuleNotFoundError _thread\nModuleNotFoundError threading\nModuleNotFoundError signal\nModuleNotFoundError resource\nModuleNotFoundError shutil\nModuleNotFoundError pathlib\nModuleNotFoundError tempfile\nModuleNotFoundError code\nModuleNotFoundError codeop\nModuleNotFoundError runpy\nModuleNotFoundError pty\nModuleNotFoundError select\nModuleNotFoundError mmap\nModuleNotFoundError multiprocessing\nModuleNotFoundError urllib\nModuleNotFoundError http\nModuleNotFoundError _io\nModuleNotFoundError _imp\nModuleNotFoundError zipimport\nModuleNotFoundError sysconfig\nModuleNotFoundError site\nModuleNotFoundError weakref\nModuleNotFoundError atexit\nModuleNotFoundError faulthandler\nModuleNotFoundError tracemalloc\nModuleNotFoundError ast\nModuleNotFoundError dis
# None of the modules that reach the OS, the interpreter or the heap exist.
try:
    import os
    print('os imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import posix
    print('posix imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import subprocess
    print('subprocess imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import importlib
    print('importlib imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import builtins
    print('builtins imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import io
    print('io imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import ctypes
    print('ctypes imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import socket
    print('socket imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import pickle
    print('pickle imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import marshal
    print('marshal imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import gc
    print('gc imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import inspect
    print('inspect imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import types
    print('types imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import _thread
    print('_thread imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import threading
    print('threading imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import signal
    print('signal imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import resource
    print('resource imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import shutil
    print('shutil imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import pathlib
    print('pathlib imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import tempfile
    print('tempfile imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import code
    print('code imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import codeop
    print('codeop imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import runpy
    print('runpy imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import pty
    print('pty imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import select
    print('select imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import mmap
    print('mmap imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import multiprocessing
    print('multiprocessing imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import urllib
    print('urllib imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import http
    print('http imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import _io
    print('_io imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import _imp
    print('_imp imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import zipimport
    print('zipimport imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import sysconfig
    print('sysconfig imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import site
    print('site imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import weakref
    print('weakref imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import atexit
    print('atexit imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import faulthandler
    print('faulthandler imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import tracemalloc
    print('tracemalloc imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import ast
    print('ast imported')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import dis
    print('dis imported')
except ImportError as e:
    print(type(e).__name__, e.name)
