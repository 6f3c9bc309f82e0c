"""Builds klartext._native with CMake and installs the klartext package.

    pip install --no-build-isolation --break-system-packages .     # doc/python.md

The extension is the CMake target klartext_native (python/CMakeLists.txt).
It is built in $KLARTEXT_BUILD_DIR when set (e.g. the build/ tree the test
script already has, so nothing is compiled twice), else in build/python-ext.
"""
import os
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = os.path.dirname(os.path.abspath(__file__))


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        build_dir = os.environ.get("KLARTEXT_BUILD_DIR") or os.path.join(ROOT, "build", "python-ext")
        build_dir = os.path.abspath(build_dir)
        jobs = str(os.cpu_count() or 2)
        subprocess.check_call(["cmake", "-S", ROOT, "-B", build_dir, "-DCMAKE_BUILD_TYPE=Release",
                               "-DKLARTEXT_BUILD_PYTHON=ON", "-DPython3_EXECUTABLE=" + sys.executable])
        subprocess.check_call(["cmake", "--build", build_dir, "--target", "klartext_native", "-j", jobs])
        built = os.path.join(build_dir, "python", "klartext", os.path.basename(self.get_ext_filename(ext.name)))
        target = self.get_ext_fullpath(ext.name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(built, target)


setup(
    packages=["klartext"],
    package_dir={"": "python"},
    ext_modules=[Extension("klartext._native", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
    zip_safe=False,
)
