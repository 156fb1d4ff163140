pragma solidity ^0.5.2;

contract Vesting {
    address payable public beneficiary;
    uint256 public releaseTime;

    constructor(address payable who, uint256 delay) public payable {
        beneficiary = who;
        releaseTime = now + delay;
    }

    function release() public {
        require(now >= releaseTime); // @vuln category=time_manipulation
        beneficiary.transfer(address(this).balance);
    }
}
